// Lab 08's check: reserved concurrency covers shards × ParallelizationFactor (no throttle, no lag), and a Throttles
// alarm beside lab 06's IteratorAge alarm fires on replays of a throttled and a fully throttled consumer — where
// the IteratorAge alarm stays OK — and stays quiet on the fixed one. Both alarms use the one CloudWatch evaluator.
import type { SimulationResult } from '../../../engine/simulation-result.js';
import { formatIssue } from '../../../errors/format-issue.js';
import type { Bilingual } from '../../../i18n/bilingual.js';
import type { AlarmSettings, AlarmStateChange } from '../../../settings/alarm-settings.js';
import type { ConsumerSettingsInput } from '../../../settings/consumer-settings.js';
import { validateThrottlesAlarmSettings } from '../../../settings/throttles-alarm-settings.js';
import { attempt, expectation, fmt, peakIteratorAgeMs, runLabScenario } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { lazyModules } from '../lazy-modules.js';

/** The stream's shards in lab 08's scenario (solutions/08-throttling/consumer.ts says the same; a test compares). */
export const THROTTLING_SHARDS = 4;
/** The reserved concurrency of the throttled replay (the starter's "protective" 10). */
export const THROTTLED_CONCURRENCY = 10;
/** The Throttles alarm must reach ALARM within this many minutes of a throttled replay. */
export const THROTTLES_ALARM_WITHIN_MINUTES = 3;
/** The fixed consumer's IteratorAge stays under this in every minute. */
export const FIXED_AGE_BELOW_MS = 1_000;

const firstAlarm = (changes: readonly AlarmStateChange[] | undefined) => changes?.find((change) => change.state === 'ALARM');
const failed = (error: Bilingual | undefined): Bilingual => ({ en: `the replay failed: ${error?.en}`, 'pt-BR': `a repetição falhou: ${error?.['pt-BR']}` });
const states = (changes: readonly AlarmStateChange[] | undefined): string => (changes ?? []).map((c) => `${c.state}@${c.periodIndex + 1}`).join(' → ');
const sum = (result: SimulationResult, pick: (m: SimulationResult['minutes'][number]) => number) => result.minutes.reduce((total, m) => total + pick(m), 0);

/** Both alarms over a run's minutes: IteratorAge (Maximum per period) and Throttles (Sum per period), one evaluator. */
async function evaluateBoth(minutes: SimulationResult['minutes'], alarm: AlarmSettings | undefined, throttlesAlarm: AlarmSettings | undefined) {
  const [{ evaluateAlarm, toStateChanges }, { iteratorAgeByPeriod }, { throttlesByPeriod }, { resolveThrottlesAlarmSettings }] = await Promise.all([
    lazyModules.alarmEvaluator(), lazyModules.simulate(), lazyModules.throttlesSeries(), lazyModules.throttlesAlarmSettings(),
  ]);
  const throttlesSettings = throttlesAlarm && resolveThrottlesAlarmSettings(throttlesAlarm);
  return {
    ...(alarm ? { alarm: toStateChanges(evaluateAlarm(alarm, iteratorAgeByPeriod(minutes, alarm.periodSeconds))) } : {}),
    ...(throttlesSettings ? { throttlesAlarm: toStateChanges(evaluateAlarm(throttlesSettings, throttlesByPeriod(minutes, throttlesSettings.periodSeconds))) } : {}),
  };
}

const check: LabCheck = {
  async run({ definition, lab, reference }) {
    const consumer = lab.consumer!;
    const factor = consumer.parallelizationFactor ?? 1;
    const needed = THROTTLING_SHARDS * factor;
    const reserved = consumer.reservedConcurrency;
    const covers = expectation('concurrency-covers-lanes',
      { en: `reservedConcurrency is at least shards × ParallelizationFactor = ${THROTTLING_SHARDS} × ${factor} = ${needed}`, 'pt-BR': `reservedConcurrency é pelo menos shards × ParallelizationFactor = ${THROTTLING_SHARDS} × ${factor} = ${needed}` },
      reserved !== undefined && reserved >= needed,
      { en: `reservedConcurrency is ${reserved ?? 'not set'}`, 'pt-BR': `reservedConcurrency está como ${reserved ?? 'não definido'}` });

    const [issue] = validateThrottlesAlarmSettings(lab.throttlesAlarm!);
    const problem = issue && { en: formatIssue(issue, 'en').message, 'pt-BR': formatIssue(issue, 'pt-BR').message };
    const valid = expectation('valid-throttles-alarm',
      { en: 'throttles-alarm.ts holds settings CloudWatch accepts, where more throttles is worse and 0 is healthy', 'pt-BR': 'throttles-alarm.ts tem configurações que o CloudWatch aceita, com mais throttles pior e 0 saudável' },
      problem === undefined, problem ?? { en: 'valid', 'pt-BR': 'válidas' });

    // Each distinct consumer runs once, without alarms; both alarms are evaluated afterwards on its minutes,
    // with the one CloudWatch evaluator (the learner's own run is the throttled or the fixed replay when equal).
    const fixed = (await reference(definition.id)).exports;
    const runs = new Map<string, Promise<{ readonly value?: SimulationResult; readonly error?: Bilingual }>>();
    const runOf = (consumer: ConsumerSettingsInput) => {
      const key = JSON.stringify(consumer);
      if (!runs.has(key)) runs.set(key, attempt(() => runLabScenario(definition, { ...lab, consumer, alarm: undefined, throttlesAlarm: undefined })));
      return runs.get(key)!;
    };
    const own = await runOf(consumer);
    const ownThrottles = own.value ? sum(own.value, (m) => m.throttles) : Number.NaN;
    const ownPeak = own.value ? peakIteratorAgeMs(own.value) : Number.NaN;
    const noThrottles = expectation('no-throttles',
      { en: `with your consumer: 0 throttles, 0 errors and IteratorAge under ${fmt(FIXED_AGE_BELOW_MS).en} ms in every minute`, 'pt-BR': `com o seu consumidor: 0 throttles, 0 erros e IteratorAge abaixo de ${fmt(FIXED_AGE_BELOW_MS)['pt-BR']} ms em todos os minutos` },
      own.value !== undefined && ownThrottles === 0 && sum(own.value, (m) => m.errors) === 0 && ownPeak < FIXED_AGE_BELOW_MS,
      own.value === undefined ? failed(own.error)
        : { en: `${fmt(ownThrottles).en} throttles, IteratorAge peak ${fmt(ownPeak).en} ms`, 'pt-BR': `${fmt(ownThrottles)['pt-BR']} throttles, pico de IteratorAge ${fmt(ownPeak)['pt-BR']} ms` });

    // Replays: the reference consumer with the concurrency cut, then with none at all, then as it is; the learner's alarms.
    const replay = async (reservedConcurrency: number | undefined) => {
      const run = await runOf({ ...fixed.consumer!, reservedConcurrency });
      if (run.value === undefined) return run;
      const minutes = run.value.minutes;
      return attempt(async () => ({ ...run.value!, ...(await evaluateBoth(minutes, lab.alarm, lab.throttlesAlarm)) }));
    };
    const [throttled, none, healthy] = [await replay(THROTTLED_CONCURRENCY), await replay(0), await replay(fixed.consumer!.reservedConcurrency)];
    const firesWithin = (result: SimulationResult | undefined) => {
      const at = firstAlarm(result?.throttlesAlarm);
      return at !== undefined && at.periodIndex + 1 <= THROTTLES_ALARM_WITHIN_MINUTES;
    };
    const told = (label: Bilingual, result: { readonly value?: SimulationResult; readonly error?: Bilingual }): Bilingual => result.value === undefined ? failed(result.error) : {
      en: `${label.en}: Throttles alarm ${states(result.value.throttlesAlarm)}, IteratorAge alarm ${states(result.value.alarm)}`,
      'pt-BR': `${label['pt-BR']}: alarme de Throttles ${states(result.value.throttlesAlarm)}, alarme de IteratorAge ${states(result.value.alarm)}`,
    };
    const both = (a: Bilingual, b: Bilingual): Bilingual => ({ en: `${a.en}; ${b.en}`, 'pt-BR': `${a['pt-BR']}; ${b['pt-BR']}` });
    const fires = expectation('throttles-alarm-fires-when-throttled',
      { en: `replaying the consumer with reserved concurrency ${THROTTLED_CONCURRENCY} and with 0 (fully throttled), the Throttles alarm reaches ALARM within ${THROTTLES_ALARM_WITHIN_MINUTES} minutes`, 'pt-BR': `repetindo o consumidor com concorrência reservada ${THROTTLED_CONCURRENCY} e com 0 (totalmente limitado), o alarme de Throttles chega a ALARM em até ${THROTTLES_ALARM_WITHIN_MINUTES} minutos` },
      problem === undefined && firesWithin(throttled.value) && firesWithin(none.value),
      both(told({ en: `reserved ${THROTTLED_CONCURRENCY}`, 'pt-BR': `reservada ${THROTTLED_CONCURRENCY}` }, throttled), told({ en: 'reserved 0', 'pt-BR': 'reservada 0' }, none)));
    const quiet = expectation('throttles-alarm-quiet-when-fixed',
      { en: 'replaying the fixed consumer, the Throttles alarm never reaches ALARM', 'pt-BR': 'repetindo o consumidor corrigido, o alarme de Throttles nunca chega a ALARM' },
      problem === undefined && healthy.value !== undefined && firstAlarm(healthy.value.throttlesAlarm) === undefined,
      told({ en: 'fixed', 'pt-BR': 'corrigido' }, healthy));

    const observations: Bilingual[] = [];
    if (none.value && firstAlarm(none.value.alarm) === undefined) {
      observations.push({
        en: `Fully throttled, the engine invoked nothing: no IteratorAge datapoint in ${none.value.minutes.length} minutes, so the IteratorAge alarm stayed ${none.value.alarm?.at(-1)?.state ?? 'without a state'} while ${fmt(none.value.totals.written).en} records waited. Only Throttles (${fmt(sum(none.value, (m) => m.throttles)).en}) showed it.`,
        'pt-BR': `Totalmente limitado, o motor não invocou nada: nenhum ponto de IteratorAge em ${none.value.minutes.length} minutos, então o alarme de IteratorAge ficou ${none.value.alarm?.at(-1)?.state ?? 'sem estado'} enquanto ${fmt(none.value.totals.written)['pt-BR']} registros esperavam. Só os Throttles (${fmt(sum(none.value, (m) => m.throttles))['pt-BR']}) mostraram.`,
      });
    }
    return { expectations: [covers, valid, noThrottles, fires, quiet], observations };
  },
};

export const lab: LabDefinition = {
  id: '08',
  slug: '08-throttling',
  minutes: 25,
  part: 2,
  files: ['consumer.ts', 'throttles-alarm.ts'],
  builtOn: '06',
  shards: THROTTLING_SHARDS,
  horizonSeconds: 180,
  aws: { batchSize: 1_000, parallelizationFactor: 10, reservedConcurrencyCoversLanes: true, ageBelowMs: 1_000, noThrottles: true },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['concurrency-covers-lanes', 'no-throttles', 'throttles-alarm-fires-when-throttled'],
  title: { 'pt-BR': 'Throttling: concorrência reservada e um alarme de Throttles', en: 'Throttling: reserved concurrency and a Throttles alarm' },
  shortTitle: { 'pt-BR': 'throttling', en: 'throttling' },
  summary: { 'pt-BR': 'calcula a concorrência que o mapeamento precisa e alarma em Throttles', en: 'compute the concurrency the mapping needs and alarm on Throttles' },
  trainer: {
    note: { 'pt-BR': 'A conta shards × ParallelizationFactor no quadro; depois, o consumidor totalmente limitado sem nenhum IteratorAge.', en: 'The shards × ParallelizationFactor arithmetic on the board; then the fully throttled consumer with no IteratorAge at all.' },
  },
  hints: {
    'pt-BR': [
      'Cada shard roda até ParallelizationFactor lotes ao mesmo tempo: o mapeamento pode precisar de shards × ParallelizationFactor execuções simultâneas.',
      `Com ${THROTTLING_SHARDS} shards e ParallelizationFactor 10: \`reservedConcurrency: ${THROTTLING_SHARDS * 10}\` (ou mais).`,
      'No motor, um consumidor totalmente limitado espera cada vez mais entre as tentativas e gera poucos throttles por minuto (a AWS não publica essa espera): use `threshold: 0` com `GreaterThanThreshold` (qualquer throttle viola).',
    ],
    en: [
      'Each shard runs up to ParallelizationFactor batches at once: the mapping can need shards × ParallelizationFactor concurrent executions.',
      `With ${THROTTLING_SHARDS} shards and ParallelizationFactor 10: \`reservedConcurrency: ${THROTTLING_SHARDS * 10}\` (or more).`,
      'In the engine, a fully throttled consumer waits longer and longer between attempts and throttles only a few times a minute (AWS does not publish that wait): use `threshold: 0` with `GreaterThanThreshold` (any throttle breaches).',
    ],
  },
};
