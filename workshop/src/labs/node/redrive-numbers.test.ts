// The numbers lab 09's pages state about the engine, computed by the engine from the lab's own files (real
// handlers, the real redrive kit, no mocks): lab 07's queue, what the solution's and the starter's redrives
// hand to the handler, the long-range probe's pages, and how long after the run the records are still there.
// A page that states one of them must change when this test does.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { retainedStream } from '../../engine/retained-stream.js';
import { estimateLoadCost } from '../../settings/cost-estimate.js';
import { DRAIN_SECONDS } from '../core/definitions/07-poison-pill.js';
import { LONG_RANGE } from '../core/definitions/09-redrive.js';
import type { LabExports } from '../core/lab-definition.js';
import { longRangeQueue, redriveAt, newTable, runRedriveLab } from '../core/redrive-lab-run.js';
import type { ReferenceLab } from '../core/check-kit.js';
import { loadLab } from './lab-loader.js';
import { loadReferenceLab } from './lab-scenario-loader.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const HOUR = 3_600;

describe('lab 09 — what its pages say the engine shows', () => {
  let lab07: ReferenceLab;
  let solution: LabExports;
  let starter: LabExports;
  beforeAll(async () => {
    lab07 = await loadReferenceLab(repoRoot, '07');
    solution = (await loadLab(repoRoot, '09', { variant: 'solution' })).exports;
    starter = (await loadLab(repoRoot, '09', { variant: 'starter' })).exports;
  }, 60_000);
  const redrive = (lab: LabExports, afterSeconds: number) =>
    runRedriveLab(lab07, { createHandler: lab.createHandler!, redriveFailure: lab.redriveFailure! }, { drainSeconds: DRAIN_SECONDS, afterSeconds });

  it('GIVEN lab 07\'s reference WHEN run 09 runs it (660 s) THEN 3,000 orders, one message in the queue: batchSize 1, 3 invocations, the poison written at 00:01:50', async () => {
    const { failed, redrive: run } = await redrive(solution, 0);
    expect(failed.endMs).toBe(660_000);
    expect(failed.result.totals.written).toBe(3_000);
    expect(run.queued).toBe(1);
    const record = failed.result.onFailureRecords[0]!;
    expect(record.requestContext.approximateInvokeCount).toBe(3);
    expect(record.DDBStreamBatchInfo).toMatchObject({ batchSize: 1, approximateArrivalOfFirstRecord: '2026-01-01T00:01:50Z' });
  });

  it('GIVEN the solution WHEN it redrives right after the run THEN 1 record handed to the handler, 1 GetShardIterator and 1 GetRecords, the queue empty', async () => {
    const { redrive: run } = await redrive(solution, 0);
    expect({ records: run.report.records, calls: run.calls, left: run.queueAfter.length }).toEqual({ records: 1, calls: { getShardIterator: 1, getRecords: 1 }, left: 0 });
  });

  it('GIVEN the untouched starter WHEN it redrives THEN its one page hands 1,000 records to the handler for a range of 1 (999 other orders rewritten)', async () => {
    const { failed, redrive: run } = await redrive(starter, 0);
    expect(run.report.records).toBe(1_000);
    expect(failed.table.writes.length - failed.result.resultsTable!.itemsWritten).toBe(1_000);
  });

  it('GIVEN the solution WHEN started 23 h 50 min after the run THEN redriven; 23 h 51 min and 25 h after THEN the records are gone and the message kept', async () => {
    const outcome = async (afterSeconds: number) => (await redrive(solution, afterSeconds)).redrive.report.messages[0];
    expect((await outcome(23 * HOUR + 50 * 60))?.status).toBe('redriven');
    for (const late of [23 * HOUR + 51 * 60, 25 * HOUR]) expect(await outcome(late)).toMatchObject({ status: 'kept', issue: { code: 'redrive_records_gone' } });
  });

  it(`GIVEN the check's long-range probe (records ${LONG_RANGE.from}–${LONG_RANGE.to} of the shard) WHEN the solution redrives it THEN 2,501 records in 3 GetRecords calls`, async () => {
    const { failed } = await redrive(solution, 0);
    const atMs = failed.endMs + 3_600_000;
    const shard = [...retainedStream(failed.scenario, atMs).records].sort((a, b) => (a.sequenceNumber < b.sequenceNumber ? -1 : 1));
    const range = shard.slice(LONG_RANGE.from, LONG_RANGE.to + 1);
    const queue = longRangeQueue(failed.result, range, failed.scenario);
    const { report, calls } = await redriveAt({ scenario: failed.scenario, atMs, queue, table: newTable(), createHandler: solution.createHandler!, redriveFailure: solution.redriveFailure! });
    expect({ range: range.length, records: report.records, getRecords: calls.getRecords }).toEqual({ range: 2_501, records: 2_501, getRecords: 3 });
  });

  it('GIVEN lab 07\'s load as lab 09 replays it (3,000 orders, each ≤ 1 KB) WHEN its AWS cost is estimated THEN about $0.004, as lab 07\'s page says', async () => {
    const { failed } = await redrive(solution, 0);
    expect(estimateLoadCost({ items: failed.result.totals.written, itemSizeBytes: failed.scenario.load.itemSizeBytes! }).usd).toBeCloseTo(0.00375, 6);
  });
});
