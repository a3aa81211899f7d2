import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A running `docusaurus serve` of the built site, bound to loopback only. */
export interface SiteServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Stops the server and resolves once it has exited. */
  stop(): Promise<void>;
}

/** The Docusaurus CLI script, run with this Node directly (an npx wrapper would outlive a kill). */
export function docusaurusBin(repoRoot: string): string {
  const require = createRequire(path.join(repoRoot, 'site', 'package.json'));
  return path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');
}

/** Serves `site/build` (or `options.dir`: another build, e.g. one kept from before a change) on 127.0.0.1:`port` and waits until it answers. */
export async function startSiteServer(repoRoot: string, port: number, options: { readonly timeoutMs?: number; readonly dir?: string } = {}): Promise<SiteServer> {
  const siteDir = path.join(repoRoot, 'site');
  const child = spawn(process.execPath, [docusaurusBin(repoRoot), 'serve', '--dir', options.dir ?? 'build', '--host', '127.0.0.1', '--port', String(port), '--no-open'], {
    cwd: siteDir,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docusaurus serve exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`docusaurus serve did not answer on ${url} in time:\n${output}`);
}
