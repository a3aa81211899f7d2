import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../labs/core/check-kit.js';
import { withBatchErrorLogs, type BatchLogger } from './logged-handler.js';

function recordingLogger() {
  const lines: { message: string; fields: Record<string, unknown> }[] = [];
  const logger = { error: (message: string, fields: Record<string, unknown>) => lines.push({ message, fields }), addContext: () => undefined } as unknown as BatchLogger;
  return { logger, lines };
}

describe('withBatchErrorLogs (Powertools Logger, recording stand-in)', () => {
  it('GIVEN a handler that succeeds WHEN a batch of 3 runs THEN nothing is logged', async () => {
    const { logger, lines } = recordingLogger();
    await withBatchErrorLogs(async () => undefined, logger)(sampleEvent(['INSERT', 'MODIFY', 'REMOVE']));
    expect(lines).toEqual([]);
  });

  it('GIVEN a handler that throws WHEN a batch of 3 runs THEN one error line with the size and sequence range, and the same error is rethrown', async () => {
    const { logger, lines } = recordingLogger();
    const event = sampleEvent(['INSERT', 'MODIFY', 'REMOVE']);
    const boom = new Error('downstream refused');
    await expect(withBatchErrorLogs(async () => { throw boom; }, logger)(event)).rejects.toBe(boom);
    expect(lines).toEqual([{ message: 'batch failed; Lambda will retry it', fields: {
      records: 3, firstSequenceNumber: event.Records[0]!.dynamodb!.SequenceNumber, lastSequenceNumber: event.Records[2]!.dynamodb!.SequenceNumber, error: boom,
    } }]);
  });
});
