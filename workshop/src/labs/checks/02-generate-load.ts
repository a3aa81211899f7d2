// Lab 02's check: a load within the lab's AWS budget that makes the backlog grow on the engine.
import type { RateProfile } from '../../settings/load-profile.js';
import { attempt, expectation, runLabScenario, type LabCheck } from './check-kit.js';
import { lagGrows } from './lag-growth.js';

/** The AWS run stays cheap: at most 500 writes/s for at most 15 minutes (≈ $0.28 on-demand, at most). */
export const MAX_RATE_PER_SECOND = 500;
export const MAX_DURATION_SECONDS = 900;

export function peakRate(profile: RateProfile): number {
  switch (profile.kind) {
    case 'constant': return profile.ratePerSecond;
    case 'steps': return Math.max(0, ...profile.steps.map((s) => s.ratePerSecond));
    case 'ramp': return Math.max(profile.fromPerSecond, profile.toPerSecond);
    case 'daily': return profile.peakPerSecond;
  }
}

export const check02: LabCheck = {
  labId: '02',
  async run({ lab }) {
    const load = lab.load!;
    const peak = peakRate(load.profile);
    const budget = expectation('within-budget',
      { en: `load.ts stays within the lab's budget: at most ${MAX_RATE_PER_SECOND} writes/s for at most 15 minutes`, 'pt-BR': `load.ts cabe no orçamento do lab: no máximo ${MAX_RATE_PER_SECOND} escritas/s por no máximo 15 minutos` },
      peak > 0 && peak <= MAX_RATE_PER_SECOND && load.duration.seconds > 0 && load.duration.seconds <= MAX_DURATION_SECONDS && load.keys >= 1,
      { en: `peak ${peak} writes/s for ${load.duration.seconds} s over ${load.keys} keys`, 'pt-BR': `pico de ${peak} escritas/s por ${load.duration.seconds} s em ${load.keys} chaves` });
    const run = await attempt(() => runLabScenario('02', lab));
    return { expectations: [budget, lagGrows(run.value, run.error)], observations: [] };
  },
};
