// Lab 06's check: a valid IteratorAge alarm (1-minute period, M of N with M ≥ 2, missing data = not breaching) that
// fires within minutes when lab 03's load is replayed, and stays quiet on lab 05's fixed consumer.
import { formatIssue } from '../../../errors/format-issue.js';
import { validateAlarmSettings } from '../../../settings/alarm-settings.js';
import { buildAlarmReplay } from '../lab-scenarios.js';
import { attempt, CHECK_RUNS, expectation } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { lazyModules } from '../lazy-modules.js';

/** The engine, imported when the check runs (the lab definitions are loaded by `list` and `--help` too). */
const simulate: typeof import('../../../engine/simulate.js').simulate = async (...args) => (await lazyModules.simulate()).simulate(...args);

/** The replayed lab 03 must reach ALARM within this many minutes. */
export const ALARM_WITHIN_MINUTES = 6;

/** The fewest breaching minutes that may page anyone: one slow minute alone must not. */
export const MIN_DATAPOINTS_TO_ALARM = 2;

const check: LabCheck = {
  async run({ definition, lab, reference }) {
    const alarm = lab.alarm!;
    const [issue] = validateAlarmSettings(alarm);
    const problem = issue && { en: formatIssue(issue, 'en').message, 'pt-BR': formatIssue(issue, 'pt-BR').message };
    const valid = expectation('valid-settings',
      { en: 'alarm.ts holds settings CloudWatch accepts', 'pt-BR': 'alarm.ts tem configurações que o CloudWatch aceita' },
      problem === undefined, problem ?? { en: 'valid', 'pt-BR': 'válidas' });
    const missing = expectation('missing-is-not-breaching',
      { en: 'treatMissingData is notBreaching: an idle stream emits no IteratorAge and is healthy', 'pt-BR': 'treatMissingData é notBreaching: um stream parado não emite IteratorAge e está saudável' },
      alarm.treatMissingData === 'notBreaching',
      { en: `treatMissingData is ${alarm.treatMissingData}`, 'pt-BR': `treatMissingData está como ${alarm.treatMissingData}` });
    const period = alarm.periodSeconds ?? 60;
    // M (datapointsToAlarm) is what stops a single slow minute: a 1-of-5 alarm fires on the first breaching minute.
    const mOfN = expectation('m-of-n-per-minute',
      { en: '1-minute period, and M of N with M (datapointsToAlarm) ≥ 2 so a single slow minute does not page anyone', 'pt-BR': 'período de 1 minuto, e M de N com M (datapointsToAlarm) ≥ 2 para um único minuto lento não acordar ninguém' },
      period === 60 && alarm.datapointsToAlarm >= MIN_DATAPOINTS_TO_ALARM && alarm.datapointsToAlarm <= alarm.evaluationPeriods,
      { en: `period ${period} s, ${alarm.datapointsToAlarm} of ${alarm.evaluationPeriods}`, 'pt-BR': `período ${period} s, ${alarm.datapointsToAlarm} de ${alarm.evaluationPeriods}` });

    const slow = await attempt(async () => simulate(buildAlarmReplay(alarm, await reference(definition.replays!), definition.horizonSeconds), CHECK_RUNS.reference));
    const firstAlarm = slow.value?.alarm?.find((change) => change.state === 'ALARM');
    const fires = expectation('fires-on-lab-03',
      { en: `replaying lab 03's load (the slow consumer), the alarm reaches ALARM within ${ALARM_WITHIN_MINUTES} minutes`, 'pt-BR': `repetindo a carga do lab 03 (o consumidor lento), o alarme chega a ALARM em até ${ALARM_WITHIN_MINUTES} minutos` },
      firstAlarm !== undefined && (firstAlarm.periodIndex + 1) * period <= ALARM_WITHIN_MINUTES * 60,
      slow.value === undefined ? { en: `the replay failed: ${slow.error?.en}`, 'pt-BR': `a repetição falhou: ${slow.error?.['pt-BR']}` }
        : firstAlarm ? { en: `ALARM at the end of minute ${firstAlarm.periodIndex + 1}`, 'pt-BR': `ALARM no fim do minuto ${firstAlarm.periodIndex + 1}` }
        : { en: 'it never reached ALARM', 'pt-BR': 'nunca chegou a ALARM' });

    const healthy = await attempt(async () => simulate(buildAlarmReplay(alarm, await reference('05')), CHECK_RUNS.reference));
    const states = healthy.value?.alarm ?? [];
    const quiet = expectation('quiet-on-lab-05',
      { en: 'replaying lab 05 (the fixed consumer), the alarm never reaches ALARM', 'pt-BR': 'repetindo o lab 05 (o consumidor corrigido), o alarme nunca chega a ALARM' },
      healthy.value !== undefined && problem === undefined && states.every((change) => change.state !== 'ALARM'),
      healthy.value === undefined ? { en: `the replay failed: ${healthy.error?.en}`, 'pt-BR': `a repetição falhou: ${healthy.error?.['pt-BR']}` }
        : { en: `states: ${states.map((s) => s.state).join(' → ') || 'none'}`, 'pt-BR': `estados: ${states.map((s) => s.state).join(' → ') || 'nenhum'}` });
    return { expectations: [valid, missing, mOfN, fires, quiet], observations: [] };
  },
};

export const lab: LabDefinition = {
  id: '06',
  slug: '06-alarm',
  minutes: 25,
  files: ['alarm.ts'],
  builtOn: '05',
  // Lab 06's run and chart replay lab 03's slow consumer with the lab's alarm (its check also replays lab 05).
  replays: '03',
  horizonSeconds: 360,
  aws: { batchSize: 1_000, parallelizationFactor: 10, ageBelowMs: 1_000 },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['missing-is-not-breaching', 'm-of-n-per-minute', 'fires-on-lab-03'],
  title: { 'pt-BR': 'Alarme de IteratorAge', en: 'An IteratorAge alarm' },
  shortTitle: { 'pt-BR': 'alarme', en: 'alarm' },
  summary: { 'pt-BR': 'cria e testa um alarme de `IteratorAge`', en: 'build and test an `IteratorAge` alarm' },
  trainer: {
    note: { 'pt-BR': 'Cada pessoa justifica o seu limite em voz alta.', en: 'Everyone justifies their threshold out loud.' },
    short: { minutes: 10, note: { 'pt-BR': 'Discuta os três valores em grupo e deixe o `check` para depois.', en: 'Discuss the three values as a group and leave `check` for later.' } },
  },
  hints: {
    'pt-BR': [
      'O consumidor saudável do lab 05 fica bem abaixo de 1 s; o lento do lab 03 passa de 30 s no segundo minuto.',
      'Sem invocações não há ponto de IteratorAge: use `treatMissingData: "notBreaching"`.',
      'M de N com M (`datapointsToAlarm`) de pelo menos 2 — é o M que impede um único minuto lento de acordar alguém; um 1 de 5 dispara no primeiro minuto ruim. Por exemplo, 3 de 5: `evaluationPeriods: 5, datapointsToAlarm: 3`. 30.000 ms é o ponto de partida sugerido pela AWS.',
    ],
    en: [
      'Lab 05\'s healthy consumer stays well under 1 s; lab 03\'s slow one passes 30 s in its second minute.',
      'No invocations means no IteratorAge datapoint: use `treatMissingData: "notBreaching"`.',
      'M of N with M (`datapointsToAlarm`) of at least 2 — M is what keeps a single slow minute from paging anyone; a 1 of 5 fires on the first bad minute. For example, 3 of 5: `evaluationPeriods: 5, datapointsToAlarm: 3`. 30,000 ms is AWS\'s suggested starting point.',
    ],
  },
};
