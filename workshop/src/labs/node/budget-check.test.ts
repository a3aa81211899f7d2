// Lab 02's budget: the same estimate `run 02 --target aws` makes (load + the consumer's results rows) must fit
// the default --max-cost, so the AWS run starts without --yes. Real lab definition; nothing mocked.
import { describe, expect, it } from 'vitest';
import { minutes } from '../../settings/duration.js';
import { planLabLoad } from '../../load/lab-load-plan.js';
import { awsRunUsd, lab as lab02, MAX_COST_USD } from '../core/definitions/02-generate-load.js';
import type { LabExports } from '../core/lab-definition.js';

const load = (ratePerSecond: number, durationMinutes: number): LabExports => ({
  load: { profile: { kind: 'constant', ratePerSecond }, duration: minutes(durationMinutes), keys: 1_000, itemSizeBytes: 400 },
});
async function budget(ratePerSecond: number, durationMinutes: number) {
  const outcome = await lab02.check!.run({ definition: lab02, lab: load(ratePerSecond, durationMinutes), reference: () => Promise.reject(new Error('unused')) });
  return outcome.expectations.find((e) => e.id === 'within-budget')!;
}

describe('check 02: within the default --max-cost', () => {
  it('GIVEN 300 writes/s for 10 min (≈ $0.225 with the results rows) WHEN checked THEN it fits the $0.25 default', async () => {
    expect(MAX_COST_USD).toBe(0.25);
    const result = await budget(300, 10);
    expect(result.passed).toBe(true);
    expect(result.detail.en).toContain('≈ $0.225');
  });

  it('GIVEN 500 writes/s for 15 min (≈ $0.563) WHEN checked THEN it is over budget, in both languages', async () => {
    const result = await budget(500, 15);
    expect(result.passed).toBe(false);
    expect(result.detail.en).toContain('≈ $0.563');
    expect(result.detail['pt-BR']).toContain('≈ US$ 0,563');
  });

  it.each([[200, 10, 400], [300, 10, 1_500], [50, 15, 5_000]])('GIVEN %d writes/s for %d min of %d-byte items WHEN priced THEN the check\'s estimate is exactly run --target aws\'s', (rate, durationMinutes, itemSizeBytes) => {
    const spec = { ...load(rate, durationMinutes).load!, itemSizeBytes };
    expect(awsRunUsd(spec)).toBe(planLabLoad(spec).cost.usd);
  });

  it('GIVEN 16 minutes WHEN checked THEN it is over the 15-minute limit', async () => {
    expect((await budget(50, 16)).passed).toBe(false);
  });
});
