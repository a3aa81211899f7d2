import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from './on-failure-queue.js';

describe('createMemoryQueue — the on-failure queue of local runs (SQS-like: received messages hide until deleted or returned)', () => {
  it('GIVEN 12 messages WHEN received 10 at a time THEN 10, then 2, then none; ids in send order', async () => {
    const queue = createMemoryQueue(Array.from({ length: 12 }, (_, i) => `b${i}`));
    const sizes = [(await queue.receive(10)).length, (await queue.receive(10)).length, (await queue.receive(10)).length];
    expect(sizes).toEqual([10, 2, 0]);
    expect(queue.messages().map((m) => m.id).slice(0, 2)).toEqual(['msg-0001', 'msg-0002']);
  });

  it('GIVEN a received message WHEN deleted by its receipt THEN it leaves the queue; an unknown receipt is refused', async () => {
    const queue = createMemoryQueue(['a', 'b']);
    const [first] = await queue.receive(1);
    await queue.delete(first!.receipt);
    expect(queue.messages().map((m) => m.body)).toEqual(['b']);
    await expect(queue.delete('nope')).rejects.toThrow('no message was received with receipt "nope"');
  });

  it('GIVEN a message received and not deleted WHEN the visibility timeout passes THEN it is received again, with a new receipt', async () => {
    const queue = createMemoryQueue(['a']);
    const [first] = await queue.receive(1);
    expect(await queue.receive(1)).toEqual([]);
    queue.returnInFlight();
    const [again] = await queue.receive(1);
    expect({ id: again!.id, sameReceipt: again!.receipt === first!.receipt }).toEqual({ id: first!.id, sameReceipt: false });
  });

  it('GIVEN max 0 or 11 WHEN received THEN refused (SQS takes 1–10)', async () => {
    const queue = createMemoryQueue(['a']);
    await expect(queue.receive(0)).rejects.toThrow('from 1 to 10, got 0');
    await expect(queue.receive(11)).rejects.toThrow('from 1 to 10, got 11');
  });
});
