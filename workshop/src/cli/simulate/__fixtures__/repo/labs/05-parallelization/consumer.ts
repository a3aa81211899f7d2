// Test fixture: exports the settings under the wrong name.
export const settings = { startingPosition: 'TRIM_HORIZON' };
