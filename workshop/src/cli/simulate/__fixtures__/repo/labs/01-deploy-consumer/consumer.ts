// Test fixture: a lab folder for `simulate --lab` (not a real lab).
import type { ConsumerSettingsInput } from '../../../../../../index.js';

export const consumer: ConsumerSettingsInput = { startingPosition: 'TRIM_HORIZON', batchSize: 50 };
