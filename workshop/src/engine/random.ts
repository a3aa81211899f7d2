/**
 * Seeded randomness for the engine. Never `Math.random` or the clock: the same seed gives the same run.
 *
 * Two shapes, both from well-known small generators:
 * - `mulberry32(seed)`: a sequential stream, for code that draws numbers one after another.
 * - `randomAt(seed, stream, n)`: the n-th number of a numbered stream, computed directly (counter-based),
 *   so the producer can create record n of a lane lazily, in any order, and always get the same value.
 */

/** A stream of numbers in [0, 1). */
export type RandomSource = () => number;

/** mulberry32 (Tommy Ettinger): 32-bit state, good enough for simulation and very fast. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit integer finalizer (murmur3 fmix32): spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The `n`-th number in [0, 1) of stream `stream` under `seed`. `n` may exceed 2^32 (it is folded in two halves).
 * Pure: the same arguments always give the same number.
 */
export function randomAt(seed: number, stream: number, n: number): number {
  const low = n >>> 0;
  const high = Math.floor(n / 4_294_967_296) >>> 0;
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  h = mix32(h ^ Math.imul(stream >>> 0, 0x27d4eb2f));
  h = mix32(h ^ high);
  h = mix32(h ^ Math.imul(low, 0x165667b1) ^ (low >>> 7));
  return h / 4_294_967_296;
}
