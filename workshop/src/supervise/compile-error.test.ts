import { describe, expect, it } from 'vitest';
import { codeFrame, compileErrorPosition } from './compile-error.js';

describe('compileErrorPosition', () => {
  it('GIVEN tsx\'s transform failure text WHEN parsed THEN gives file, 1-based line and column and the message', () => {
    const error = Object.assign(new Error('Transform failed with 1 error:\n/repo/labs/01-deploy-consumer/handler.ts:3:12: ERROR: Unexpected "*"'), { name: 'TransformError' });
    expect(compileErrorPosition(error)).toEqual({ file: '/repo/labs/01-deploy-consumer/handler.ts', line: 3, column: 13, detail: 'Unexpected "*"' });
  });

  it('GIVEN esbuild\'s structured error WHEN parsed THEN uses its location', () => {
    const error = Object.assign(new Error('Transform failed'), { errors: [{ text: 'Expected ";"', location: { file: 'a.ts', line: 7, column: 0 } }] });
    expect(compileErrorPosition(error)).toEqual({ file: 'a.ts', line: 7, column: 1, detail: 'Expected ";"' });
  });

  it('GIVEN a runtime error WHEN parsed THEN it is not a compile error', () => {
    expect(compileErrorPosition(new TypeError('x is not a function'))).toBeUndefined();
    expect(compileErrorPosition('Transform failed')).toBeUndefined();
  });
});

describe('codeFrame', () => {
  it('GIVEN a position WHEN framed THEN marks the line and points at the column', () => {
    const source = ['export const a = 1;', 'export function f(x: number) {', '  return x +* 2;', '}', ''].join('\n');
    expect(codeFrame(source, 3, 13)).toBe([
      '  1 | export const a = 1;',
      '  2 | export function f(x: number) {',
      '> 3 |   return x +* 2;',
      '    |             ^',
      '  4 | }',
      '  5 |',
    ].join('\n'));
  });
});
