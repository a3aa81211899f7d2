import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The engine core runs in the browser (the site embeds it): it may import settings, errors and runtime types,
// never Node built-ins, CDK, or the AWS SDK. `handler/` (helper C2's bridge to a lab's handler) may also use
// the browser-safe `@aws-sdk/util-dynamodb` and `aws-lambda` types. Every file reached from the core is checked.
const engineDir = dirname(fileURLToPath(import.meta.url));
const srcDir = resolve(engineDir, '..');
const FORBIDDEN_AREAS = ['cli', 'infra', 'load', 'observe', 'testing'];
const NODE_BUILTINS = new Set(builtinModules);

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...found, ...dynamic];
}

function problemsOf(file: string, specifier: string): string | undefined {
  const where = relative(srcDir, file);
  const inHandler = where.startsWith(join('engine', 'handler'));
  if (specifier.startsWith('.')) {
    const area = relative(srcDir, resolve(dirname(file), specifier)).split(/[\\/]/)[0]!;
    return FORBIDDEN_AREAS.includes(area) ? `${where} imports ${specifier} (the ${area} layer)` : undefined;
  }
  const bare = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(bare)) return `${where} imports the Node built-in ${specifier}`;
  if (inHandler && (bare === '@aws-sdk/util-dynamodb' || bare === 'aws-lambda')) return undefined;
  if (bare.startsWith('@aws-sdk/') || bare === 'aws-cdk-lib' || bare === 'constructs' || bare === 'cdk-nag') return `${where} imports ${specifier}`;
  return undefined;
}

function coreEntryFiles(): string[] {
  return readdirSync(engineDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(engineDir, name))
    .concat(readdirSync(join(engineDir, 'scenarios')).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).map((n) => join(engineDir, 'scenarios', n)));
}

describe('engine core imports (browser-safe)', () => {
  it('GIVEN every engine core file and all it reaches WHEN imports are scanned THEN none is Node, CDK, the AWS SDK or another layer', () => {
    const seen = new Set<string>();
    const queue = coreEntryFiles();
    const problems: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of importsOf(file)) {
        const problem = problemsOf(file, specifier);
        if (problem) problems.push(problem);
        if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
      }
    }
    expect(seen.size).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });

  it('GIVEN a file importing node:fs WHEN checked THEN it is reported (the check can fail)', () => {
    expect(problemsOf(join(engineDir, 'x.ts'), 'node:fs')).toContain('Node built-in');
    expect(problemsOf(join(engineDir, 'x.ts'), 'aws-cdk-lib')).toContain('aws-cdk-lib');
    expect(problemsOf(join(engineDir, 'x.ts'), '../cli/run-cli.js')).toContain('cli layer');
    expect(problemsOf(join(engineDir, 'x.ts'), '@aws-sdk/util-dynamodb')).toBeDefined();
    expect(problemsOf(join(engineDir, 'handler', 'x.ts'), '@aws-sdk/util-dynamodb')).toBeUndefined();
  });
});

describe('engine core randomness and clock', () => {
  it('GIVEN the engine core files WHEN read THEN none calls Math.random or Date.now', () => {
    const offenders = coreEntryFiles().filter((file) => /Math\.random\(|Date\.now\(/.test(readFileSync(file, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(offenders.map((f) => relative(srcDir, f))).toEqual([]);
  });
});
