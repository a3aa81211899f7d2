// The curve itself lives in settings/arrival-curve.ts (the load generator paces along the same one).
import { buildArrivalCurve, rateAt, type ArrivalCurve } from '../settings/arrival-curve.js';

export { buildArrivalCurve, rateAt };
export type { ArrivalCurve };
