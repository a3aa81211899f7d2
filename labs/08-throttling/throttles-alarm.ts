// Lab 08 — the alarm IteratorAge alone cannot be: Throttles (Sum per minute), beside lab 06's IteratorAge alarm.
// Check with `npx workshop check 08`: it replays a throttled run and a fully throttled one (the alarm must fire)
// and the fixed run (it must stay OK).
import type { AlarmSettings } from '../../workshop/src/index.js';

export const throttlesAlarm: AlarmSettings = {
  // TODO: pt-BR: quantos throttles por minuto devem acordar alguém? Pense no consumidor totalmente limitado
  //   (concorrência reservada 0): no motor, ele tenta de novo com espera crescente e quase não gera throttles
  //   (a AWS não publica essa espera).
  //   en: how many throttles per minute should page someone? Think of the fully throttled consumer
  //   (reserved concurrency 0): in the engine, it retries with a growing back-off and throttles only a few
  //   times a minute (AWS does not publish that back-off).
  threshold: 100,
  comparisonOperator: 'GreaterThanThreshold',
  periodSeconds: 60,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  treatMissingData: 'notBreaching',
};
