// The cost of one lab 09 run on AWS, as its page states it: lab 07's load (lab 09 inherits it), as `run --target
// aws` prices it, plus the SQS requests and the rows of the redrive. A page that states these must change with this test.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabScenario } from '../labs/node/lab-scenario-loader.js';
import { planLabLoad } from '../load/lab-load-plan.js';
import { AWS_PRICES } from './aws-prices.js';
import { estimateLoadCost } from './cost-estimate.js';
import { estimateRedriveRunCost, REDRIVE_FIXED_SQS_REQUESTS } from './redrive-cost.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('estimateRedriveRunCost — one run of lab 09 on AWS', () => {
  it('GIVEN lab 07\'s load (3,000 orders) and one on-failure message of one record WHEN priced THEN ≈ $0.004 of DynamoDB writes, 7 SQS requests (≈ $0.0000028) and 1 WRU for the redrive, prices since 2024-11-01', async () => {
    const plan = planLabLoad((await loadLabScenario(repoRoot, '07')).load);
    const cost = estimateRedriveRunCost({ load: plan.cost, messages: 1, redrivenRecords: 1 });
    expect(cost.load.items).toBe(3_000);
    expect(cost.load.writeRequestUnits + cost.load.resultWriteRequestUnits).toBe(6_000);
    expect(cost.sqsRequests).toBe(3 + REDRIVE_FIXED_SQS_REQUESTS);
    expect(cost.sqsUsd).toBeCloseTo(0.0000028, 10);
    expect(cost.redriveWriteRequestUnits).toBe(1);
    expect(cost.usd).toBeCloseTo(0.00375 + 0.0000028 + 0.000000625, 9);
    expect(cost.usd.toFixed(3)).toBe('0.004');
    expect(cost.priceSince).toBe('2024-11-01');
    expect(AWS_PRICES.sqsRequest.usd).toBe(0.4);
  });

  it('GIVEN 10 messages of 100 records each WHEN priced THEN 34 SQS requests and 1,000 redrive WRU ($0.000625), and nothing else', () => {
    const cost = estimateRedriveRunCost({ load: estimateLoadCost({ items: 0, itemSizeBytes: 200 }), messages: 10, redrivenRecords: 1_000 });
    expect(cost.sqsRequests).toBe(34);
    expect(cost.redriveWriteRequestUnits).toBe(1_000);
    expect(cost.redriveUsd).toBeCloseTo(0.000625, 9);
    expect(cost.usd).toBeCloseTo(0.000625 + 34 * 0.4e-6, 9);
  });
});
