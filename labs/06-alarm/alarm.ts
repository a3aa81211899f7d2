// Lab 06 — an IteratorAge alarm that pages the team while the lag is still minutes, not hours.
// The stack alarms on the Maximum of IteratorAge per period. Check with `npx workshop check 06`: it replays
// lab 03's load (the alarm must fire within minutes) and lab 05's (it must stay OK).
import type { AlarmSettings } from '../../workshop/src/index.js';

export const alarm: AlarmSettings = {
  // TODO: pt-BR: escolha um limite em milissegundos e justifique-o num comentário: acima do IteratorAge
  //   de um consumidor saudável (lab 05), muito abaixo das horas de atraso que o artigo encontrou.
  //   en: choose a threshold in milliseconds and justify it in a comment: above a healthy consumer's
  //   IteratorAge (lab 05), far below the hours of lag the article found.
  threshold: 3_600_000,
  comparisonOperator: 'GreaterThanThreshold',
  // Lambda's metrics have 1-minute resolution: each datapoint is one minute's Maximum.
  periodSeconds: 60,
  // TODO: pt-BR: dispare com M minutos violando entre os últimos N, com M de pelo menos 2, para um único
  //   minuto lento não acordar ninguém.
  //   en: alarm on M breaching minutes out of the last N, with M of at least 2, so a single slow minute
  //   doesn't page anyone.
  evaluationPeriods: 1,
  datapointsToAlarm: 1,
  // TODO: pt-BR: um stream parado não emite IteratorAge nenhum. Um ponto ausente deve contar como violação?
  //   en: an idle stream emits no IteratorAge at all. Should a missing datapoint count as breaching?
  treatMissingData: 'missing',
};
