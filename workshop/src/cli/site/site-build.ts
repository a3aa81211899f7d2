import { spawn } from 'node:child_process';
import path from 'node:path';
import { docusaurusBin } from './site-server.js';

/**
 * Builds the site for both locales the way `npm run build -w site` does: the engine's charts first
 * (`site/scripts/generate-charts.ts`), then `docusaurus build`. Resolves with the wall time in ms.
 */
export async function buildSite(repoRoot: string, options: { readonly quiet?: boolean } = {}): Promise<number> {
  const started = performance.now();
  const siteDir = path.join(repoRoot, 'site');
  await run(process.execPath, ['--import', 'tsx', path.join(siteDir, 'scripts', 'generate-charts.ts')], repoRoot, options.quiet);
  await run(process.execPath, [docusaurusBin(repoRoot), 'build'], siteDir, options.quiet);
  return performance.now() - started;
}

function run(command: string, args: readonly string[], cwd: string, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed with exit code ${code}${quiet ? `:\n${output.slice(-6000)}` : ''}`));
    });
  });
}
