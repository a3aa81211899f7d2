// Lab 01 — the handler as it shipped in the article: correct, simple, and one record at a time.
import type { CreateHandler } from '../../workshop/src/index.js';
import { toResult } from './order-result.js';

export const createHandler: CreateHandler = (io) => async (event) => {
  // One PutItem per record, in stream order, each waiting for the previous one. Every call pays the
  // downstream's round trip (≈ 8 ms in the local engine), so a batch of 100 takes ≈ 0.8 s.
  // This is the slow consumer of the incident; lab 04 makes it batch-friendly.
  for (const record of event.Records) {
    await io.putResult(toResult(record));
  }
};
