import { describe, expect, it } from 'vitest';
import { buildLabScenario, LAB_CHART_IDS, LAB_HORIZON_SECONDS, loadLabChartScenario } from './lab-scenarios.js';

describe('lab scenarios', () => {
  it('GIVEN the site WHEN it asks for chart ids THEN labs 02–06 each have a starter and a solution chart', () => {
    expect(LAB_CHART_IDS).toHaveLength(10);
    for (const slug of ['02-generate-load', '03-observe-iteratorage', '04-batch-size', '05-parallelization', '06-alarm']) {
      expect(LAB_CHART_IDS).toContain(`${slug}/starter`);
      expect(LAB_CHART_IDS).toContain(`${slug}/solution`);
    }
  });

  it.each(LAB_CHART_IDS)('GIVEN chart %s WHEN loaded THEN it is a handler scenario with one shard and the lab horizon', async (id) => {
    const scenario = await loadLabChartScenario(id);
    expect(scenario.function.kind).toBe('handler');
    expect(scenario.shards).toBe(1);
    expect(scenario.horizonSeconds).toBeLessThanOrEqual(LAB_HORIZON_SECONDS[id.slice(0, 2)]!);
    expect(scenario.alarm !== undefined).toBe(id.startsWith('06'));
  });

  it('GIVEN an unknown chart id WHEN loaded THEN the error lists the known ones', async () => {
    await expect(loadLabChartScenario('09-nope/solution')).rejects.toThrow('Known: 02-generate-load/starter');
  });

  it('GIVEN a lab without handler.ts WHEN a scenario is built THEN it says which files are needed', () => {
    expect(() => buildLabScenario('01', { consumer: { startingPosition: 'LATEST' } })).toThrow('needs consumer.ts and handler.ts');
  });
});
