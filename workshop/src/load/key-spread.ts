/**
 * Which customer (partition key) the load generator's item number `index` goes to.
 *
 * With no hot key, items go round-robin over the `keys` customers. With `hotKeyShare` h > 0, customer 0
 * is the hot one: exactly ⌊(index + 1) · h⌋ of the first index + 1 items go to it, spread evenly through
 * the run (not in one burst), and the others go round-robin over customers 1 … keys − 1. Deterministic:
 * a second run of the same options writes the same keys.
 */
export function keyIndexFor(index: number, keys: number, hotKeyShare = 0): number {
  if (keys <= 1) return 0;
  if (hotKeyShare <= 0) return index % keys;
  const hotSoFar = Math.floor((index + 1) * hotKeyShare);
  const isHot = hotSoFar > Math.floor(index * hotKeyShare);
  if (isHot) return 0;
  const coldBefore = index - hotSoFar;
  return 1 + (coldBefore % (keys - 1));
}
