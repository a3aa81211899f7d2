import { mix32 } from './random.js';

/**
 * Where each partition key's records go: a shard (by a hash of the key, as DynamoDB does), then, inside the
 * shard, one of the ParallelizationFactor lanes of the event source mapping (by another hash of the key).
 * One key → one shard → one lane, so every key's records stay in order whatever the factor.
 *
 * A "lane" is numbered globally: `shard × parallelizationFactor + laneInShard`.
 */
export interface StreamLayout {
  readonly shards: number;
  readonly lanesPerShard: number;
  /** shards × lanesPerShard. */
  readonly laneCount: number;
  /** Share of all writes that lands in each lane (sums to 1). */
  readonly laneShare: Float64Array;
  /** The keys of each lane, ascending. */
  readonly laneKeys: readonly Uint32Array[];
  /** For the lane holding the hot key 0: the chance that one of its records is key 0 by the hot share alone. */
  readonly hotPickChance: Float64Array;
}

const SHARD_SALT = 0x5bd1e995;
const LANE_SALT = 0x1b873593;

/** The shard (0-based) of key `keyIndex`. */
export function shardOfKey(keyIndex: number, shards: number): number {
  return mix32(keyIndex ^ SHARD_SALT) % shards;
}

/** The lane inside its shard (0-based) of key `keyIndex`. */
export function laneOfKey(keyIndex: number, lanesPerShard: number): number {
  return mix32(Math.imul(keyIndex + 1, LANE_SALT)) % lanesPerShard;
}

/**
 * Lays `keys` partition keys out over `shards` × `lanesPerShard` lanes. `hotKeyShare` of all writes go to
 * key 0; the rest are spread uniformly over every key (key 0 included).
 */
export function buildStreamLayout(keys: number, hotKeyShare: number, shards: number, lanesPerShard: number): StreamLayout {
  const laneCount = shards * lanesPerShard;
  const counts = new Uint32Array(laneCount);
  const laneOf = new Uint32Array(keys);
  for (let k = 0; k < keys; k++) {
    const lane = shardOfKey(k, shards) * lanesPerShard + laneOfKey(k, lanesPerShard);
    laneOf[k] = lane;
    counts[lane]! += 1;
  }
  const laneKeys = Array.from({ length: laneCount }, (_, lane) => new Uint32Array(counts[lane]!));
  const filled = new Uint32Array(laneCount);
  for (let k = 0; k < keys; k++) {
    const lane = laneOf[k]!;
    laneKeys[lane]![filled[lane]!++] = k;
  }
  const laneShare = new Float64Array(laneCount);
  const hotPickChance = new Float64Array(laneCount);
  for (let lane = 0; lane < laneCount; lane++) laneShare[lane] = ((1 - hotKeyShare) * counts[lane]!) / keys;
  const hotLane = laneOf[0]!;
  laneShare[hotLane]! += hotKeyShare;
  hotPickChance[hotLane] = laneShare[hotLane]! > 0 ? hotKeyShare / laneShare[hotLane]! : 0;
  return { shards, lanesPerShard, laneCount, laneShare, laneKeys, hotPickChance };
}
