import type { StreamRecordView } from './function-runner.js';

/** Marker: the function reported failures that do not all name records of the batch → the whole batch failed. */
export const WHOLE_BATCH = -1;

/**
 * Reads a ReportBatchItemFailures response (`batchItemFailures[].itemIdentifier` = sequence numbers):
 * undefined when none failed (an empty list is success); the lane-local index of the lowest failed record
 * (Lambda checkpoints just before it); or WHOLE_BATCH when an identifier is empty or names no record of the batch.
 */
export function lowestFailure(
  rangeStart: number,
  failures: readonly string[] | undefined,
  batch: readonly StreamRecordView[] | undefined,
): number | undefined {
  if (failures === undefined || failures.length === 0) return undefined;
  if (batch === undefined) return WHOLE_BATCH;
  const position = new Map<string, number>();
  batch.forEach((record, i) => position.set(record.sequenceNumber, i));
  let lowest = Infinity;
  for (const id of failures) {
    const at = position.get(id);
    if (at === undefined) return WHOLE_BATCH;
    if (at < lowest) lowest = at;
  }
  return rangeStart + lowest;
}
