// How long a local `run NN` may simulate, one definition for the CLI (`--minutes`, `--hours`) and the site's
// in-browser panel (its duration control), and the hours each lab suggests for `run NN --hours`. Browser-safe.
import type { LabDefinition } from './lab-definition.js';

/** The longest `run --hours`: two days, past the stream's 24 h retention with room for its cliff. */
export const MAX_RUN_HOURS = 48;

/** `run --minutes`: how long a local run may simulate. A lab's real handler runs at ~15k records per CPU-second. */
export const RUN_MINUTES = { min: 1, max: 60, unit: 'minutes' } as const;
/** `run --hours`: a day and more of a lab (the stream's 24 h retention); runs past the load to watch what stays. */
export const RUN_HOURS = { min: 1, max: MAX_RUN_HOURS, unit: 'hours' } as const;

/** Every whole number of hours `run --hours` accepts, in order (the panel's choices). */
export function runHoursChoices(): number[] {
  return Array.from({ length: RUN_HOURS.max - RUN_HOURS.min + 1 }, (_, i) => RUN_HOURS.min + i);
}

/**
 * The `run NN --hours` a lab's messages and page suggest: its own `runHours` (lab 07: 26, the 24 h cliff of a
 * blocked shard), else the hours of its long run's chart (lab 03: 30). Empty: the lab suggests none.
 */
export function suggestedRunHours(definition: Pick<LabDefinition, 'runHours' | 'longRun'>): number[] {
  const hours = definition.runHours ?? definition.longRun?.chartHours;
  return hours === undefined ? [] : [hours];
}
