// The batch-size numbers the capacity page states (both locales), computed here from the event builder.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../../settings/consumer-settings.js';
import { batchRecordLimit } from '../batcher.js';
import { DEFAULT_ENGINE_ASSUMPTIONS } from '../engine-assumptions.js';
import { measureRecordSizes } from './record-sizes.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const page = (path: string) => readFileSync(resolve(repoRoot, path), 'utf8').replace(/\s+/g, ' ');
const limit = (size: number) => batchRecordLimit(resolveConsumerSettings({ startingPosition: 'TRIM_HORIZON', batchSize: 10_000 }), measureRecordSizes(size, 1_000), DEFAULT_ENGINE_ASSUMPTIONS);

describe('measureRecordSizes — the largest record of a run, as the event builder makes it', () => {
  it('GIVEN KEYS_ONLY WHEN measured THEN only the 36 bytes of Keys, whatever the item size', () => {
    expect(measureRecordSizes(409_600, 1_000, { streamViewType: 'KEYS_ONLY' }).maxSizeBytes).toBe(36);
  });

  it('GIVEN 1,000,000 keys WHEN measured THEN the widest partition key (customer#999999) is the one counted', () => {
    expect(measureRecordSizes(400, 1_000_000).maxSizeBytes - measureRecordSizes(400, 1_000).maxSizeBytes).toBe(1);
  });

  it('GIVEN the capacity page (pt-BR and en) WHEN read THEN it states the engine\'s numbers: 1,982 bytes of JSON, 3,172 records, 5 at 400 KB', () => {
    expect([measureRecordSizes(400, 1_000).maxJsonBytes, limit(400), limit(409_600)]).toEqual([1_982, 3_172, 5]);
    const pt = page('site/docs/capacity.mdx');
    const en = page('site/i18n/en/docusaurus-plugin-content-docs/current/capacity.mdx');
    expect(pt).toContain('ocupa 1.982 bytes de JSON, então 6 MB comportam 3.172 registros assim');
    expect(pt).toContain('com itens de 400 KB, 5 registros');
    expect(en).toContain('takes 1,982 bytes of JSON, so 6 MB hold 3,172 such records');
    expect(en).toContain('with 400 KB items, 5 records');
  });
});
