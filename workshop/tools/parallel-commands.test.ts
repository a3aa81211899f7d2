import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overallCode, runSideBySide, type Command } from './parallel-commands.js';

const scratch = mkdtempSync(join(tmpdir(), 'side-by-side-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const node = (label: string, script: string): Command => ({ label, file: process.execPath, args: ['-e', script] });

describe('runSideBySide (real child processes)', () => {
  it('GIVEN two commands that each wait for the other to have started WHEN run THEN both finish: they ran at the same time', async () => {
    // Run one after the other, the first would wait for a file only the second writes, and give up after 30 s (exit 3).
    const handshake = (mine: string, theirs: string) => `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(join(scratch, mine))}, '');
      const until = Date.now() + 30000; const wait = () => fs.existsSync(${JSON.stringify(join(scratch, theirs))}) ? console.log('${mine} saw ${theirs}') : Date.now() > until ? process.exit(3) : setTimeout(wait, 20); wait();`;
    const results = await runSideBySide([node('a', handshake('a', 'b')), node('b', handshake('b', 'a'))], scratch);
    expect(results.map((r) => [r.label, r.code, r.output])).toEqual([['a', 0, 'a saw b\n'], ['b', 0, 'b saw a\n']]);
    expect(overallCode(results)).toBe(0);
  });

  it('GIVEN a failing command among passing ones WHEN run THEN each output is whole and in the given order, and the overall code is the failure\'s', async () => {
    const results = await runSideBySide([
      node('slow ok', "setTimeout(() => { process.stdout.write('one '); process.stdout.write('piece\\n'); }, 200)"),
      node('fails', "console.error('src/x.ts(1,1): error TS2322'); process.exit(2)"),
      node('ok', "console.log('fine')"),
    ], scratch);
    expect(results.map((r) => [r.label, r.code, r.output])).toEqual([['slow ok', 0, 'one piece\n'], ['fails', 2, 'src/x.ts(1,1): error TS2322\n'], ['ok', 0, 'fine\n']]);
    expect(overallCode(results)).toBe(2);
  });

  it('GIVEN a command that cannot start WHEN run THEN it counts as failed (1) and says why', async () => {
    const [result] = await runSideBySide([{ label: 'missing', file: join(scratch, 'no-such-program'), args: [] }], scratch);
    expect(result!.code).toBe(1);
    expect(result!.output).toContain('missing could not start: spawn');
    expect(overallCode([result!])).toBe(1);
  });

  it('GIVEN a command killed by a signal WHEN run THEN it counts as failed (1) and names the signal', async () => {
    const [result] = await runSideBySide([node('killed', "process.kill(process.pid, 'SIGTERM')")], scratch);
    expect(result!.code).toBe(1);
    expect(result!.output).toBe('killed was stopped by SIGTERM\n');
  });
});
