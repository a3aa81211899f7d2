import { durationInput } from '../i18n/value-text.js';
import { parseDuration } from '../settings/duration.js';
import type { Bilingual } from '../i18n/bilingual.js';

// Options that are legal but would not do what they say in this combination: the command still runs, and
// says so first (on stderr), instead of silently ignoring them.

type Text = Bilingual;

const DAY_SECONDS = 86_400;

/**
 * `simulate --profile daily` is a 24-hour curve from midnight (night at 20 % of --rate, the peak at 14:00): a
 * shorter run only sees its first hours. `durationText` is --duration as typed; without it the run lasts
 * `defaultSeconds` (undefined when a lab's load.ts decides, which this cannot know).
 */
export function dailyProfileWarning(profile: string | undefined, durationText: string | undefined, defaultSeconds: number | undefined): Text | undefined {
  if (profile !== 'daily') return undefined;
  let seconds = defaultSeconds;
  if (durationText !== undefined) {
    try {
      seconds = parseDuration(durationText, '--duration').seconds;
    } catch {
      return undefined; // the option parser reports it
    }
  }
  if (seconds === undefined || seconds >= DAY_SECONDS) return undefined;
  const run = durationInput(seconds);
  return {
    en: `⚠ --profile daily is a 24-hour day from midnight, but this run lasts ${run}: it only sees the night (about 20% of --rate), never the 14:00 peak. Use --duration 24h or more to see the whole day.`,
    'pt-BR': `⚠ --profile daily é um dia de 24 horas a partir da meia-noite, mas esta execução dura ${run}: ela só vê a madrugada (cerca de 20% de --rate), nunca o pico das 14h. Use --duration 24h ou mais para ver o dia inteiro.`,
  };
}

