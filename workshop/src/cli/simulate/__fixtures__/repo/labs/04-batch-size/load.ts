// Test fixture: 150 writes/s for 4 minutes, above the handler's ≈ 123 records/s.
import type { LoadSpec } from '../../../../../../index.js';

export const load: LoadSpec = { profile: { kind: 'constant', ratePerSecond: 150 }, duration: { seconds: 240 }, keys: 50 };
