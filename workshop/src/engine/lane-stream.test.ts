import { describe, expect, it } from 'vitest';
import { approximateCreationSeconds, LaneStream, RETENTION_MS, sequenceNumberOf, shardIdOf } from './lane-stream.js';
import { buildArrivalCurve } from './producer.js';
import { buildStreamLayout } from './stream-layout.js';

const curve = buildArrivalCurve({ kind: 'constant', ratePerSecond: 100 }, 60);

describe('LaneStream — lazy records of one lane', () => {
  it('GIVEN one lane holding all writes at 100/s WHEN counted THEN 50 by 0.5 s and 6,000 in total', () => {
    const stream = new LaneStream(curve, buildStreamLayout(10, 0, 1, 1), 0, 1, 200);
    expect(stream.countAt(500)).toBe(50);
    expect(stream.total).toBe(6000);
  });

  it('GIVEN record k WHEN its arrival is asked THEN countAt(arrival) includes it and countAt just before does not', () => {
    const stream = new LaneStream(curve, buildStreamLayout(10, 0, 1, 1), 0, 1, 200);
    for (const k of [0, 1, 99, 4321, 5999]) {
      const at = stream.arrivalOf(k);
      expect(stream.countAt(at)).toBe(k + 1);
      expect(stream.countAt(at - 0.001)).toBe(k);
    }
    expect(stream.arrivalOf(6000)).toBe(Infinity);
  });

  it('GIVEN a lane share just below 1 WHEN its last record is placed THEN it has a finite arrival time', () => {
    const ramp = buildArrivalCurve({ kind: 'ramp', fromPerSecond: 0, toPerSecond: 2 }, 888);
    const stream = new LaneStream(ramp, buildStreamLayout(2, 0.9999999999977478, 1, 3), 0, 0, 200);
    const hot = [0, 1, 2].map((lane) => new LaneStream(ramp, buildStreamLayout(2, 0.9999999999977478, 1, 3), lane, 0, 200)).find((s) => s.total > 800) ?? stream;
    expect(Number.isFinite(hot.arrivalOf(hot.total - 1))).toBe(true);
    expect(hot.countAt(hot.arrivalOf(hot.total - 1))).toBe(hot.total);
  });

  it('GIVEN records of a lane WHEN read THEN sequence numbers are 21 digits and strictly increasing', () => {
    const stream = new LaneStream(curve, buildStreamLayout(50, 0, 2, 3), 4, 9, 200);
    const records = stream.records(0, 200);
    for (let i = 1; i < records.length; i++) expect(records[i]!.sequenceNumber > records[i - 1]!.sequenceNumber).toBe(true);
    expect(records[0]!.sequenceNumber).toMatch(/^\d{21}$/);
  });

  it('GIVEN the same seed WHEN record 17 is read twice THEN identical; another seed THEN the key choices differ', () => {
    const layout = buildStreamLayout(1000, 0, 1, 1);
    const a = new LaneStream(curve, layout, 0, 1, 200);
    const b = new LaneStream(curve, layout, 0, 2, 200);
    expect(a.record(17)).toEqual(a.record(17));
    expect(a.records(0, 50).map((r) => r.keyIndex)).not.toEqual(b.records(0, 50).map((r) => r.keyIndex));
  });

  it('GIVEN a lane WHEN records are read THEN every key belongs to that lane', () => {
    const layout = buildStreamLayout(300, 0, 2, 2);
    const stream = new LaneStream(curve, layout, 3, 5, 200);
    const own = new Set(layout.laneKeys[3]);
    for (const r of stream.records(0, 100)) expect(own.has(r.keyIndex)).toBe(true);
  });

  it('GIVEN hotKeyShare 0.9 WHEN 2,000 records of the hot lane are read THEN about 90% are key 0', () => {
    const layout = buildStreamLayout(100, 0.9, 1, 1);
    const stream = new LaneStream(curve, layout, 0, 3, 200);
    const hot = stream.records(0, 2000).filter((r) => r.keyIndex === 0).length;
    expect(Math.abs(hot / 2000 - 0.9)).toBeLessThan(0.03);
  });
});

describe('stream facts', () => {
  it('GIVEN retention WHEN read THEN 24 hours in ms', () => {
    expect(RETENTION_MS).toBe(86_400_000);
  });

  it('GIVEN an arrival at 1,999.9 ms after an epoch start of 1,000 s WHEN rounded THEN 1,001 s (down to the second)', () => {
    expect(approximateCreationSeconds(1_999.9, 1_000_000)).toBe(1_001);
  });

  it('GIVEN shard 10 WHEN named THEN a DynamoDB-shaped id; sequence numbers order by time then lane', () => {
    expect(shardIdOf(10)).toBe('shardId-00000001700000000000-0000000a');
    expect(sequenceNumberOf(1, 5) < sequenceNumberOf(1, 6)).toBe(true);
    expect(sequenceNumberOf(1, 999) < sequenceNumberOf(1.001, 0)).toBe(true);
  });
});
