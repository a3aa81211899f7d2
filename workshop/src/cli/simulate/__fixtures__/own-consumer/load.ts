// Test fixture: 20 writes/s for one minute.
import type { LoadSpec } from '../../../../index.js';

export const load: LoadSpec = { profile: { kind: 'constant', ratePerSecond: 20 }, duration: { seconds: 60 }, keys: 100 };
