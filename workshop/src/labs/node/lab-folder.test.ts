import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listLabSlugs, resolveLabFolder } from './lab-folder.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'labs-'));
  for (const slug of ['00-setup', '04-batch-size']) {
    mkdirSync(join(root, 'labs', slug), { recursive: true });
    mkdirSync(join(root, 'solutions', slug), { recursive: true });
  }
});

describe('resolveLabFolder', () => {
  it.each(['4', '04', '04-batch-size', 'labs/04-batch-size', 'labs/04-batch-size/'])('GIVEN "%s" WHEN resolved THEN the starter of 04-batch-size', (text) => {
    expect(resolveLabFolder(root, text)).toEqual({ id: '04', slug: '04-batch-size', variant: 'starter', dir: join(root, 'labs', '04-batch-size') });
  });

  it('GIVEN solutions/04-batch-size WHEN resolved THEN the reference copy', () => {
    expect(resolveLabFolder(root, 'solutions/04-batch-size').variant).toBe('solution');
  });

  it('GIVEN "04" and variant solution WHEN resolved THEN the reference copy', () => {
    expect(resolveLabFolder(root, '04', 'solution').dir).toBe(join(root, 'solutions', '04-batch-size'));
  });

  it('GIVEN "99" WHEN resolved THEN unknown_lab listing the labs that exist', () => {
    expect(() => resolveLabFolder(root, '99')).toThrow(expect.objectContaining({ issue: { code: 'unknown_lab', got: '99', allowed: ['00-setup', '04-batch-size'] } }));
  });
});

describe('listLabSlugs', () => {
  it('GIVEN two lab folders WHEN listed THEN sorted slugs', () => {
    expect(listLabSlugs(root)).toEqual(['00-setup', '04-batch-size']);
  });
});
