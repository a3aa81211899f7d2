import type { IssueText } from '../errors/format-issue.js';
import type { RedriveIssue } from './redrive-issue.js';

const PROBLEM = {
  not_json: 'não é JSON',
  missing: 'está faltando',
  wrong_format: 'está no formato errado',
  range_reversed: 'termina antes de começar',
} as const;

/** Texto em português para cada problema do redrive: o que houve com a mensagem e o que tentar. */
export function redriveMessagePtBr(issue: RedriveIssue): IssueText {
  switch (issue.code) {
    case 'redrive_queue_empty':
      return {
        message: 'Nada para reprocessar: a fila de falhas não tem nenhuma mensagem.',
        hint: 'A fila se enche quando o event source mapping desiste de um registro (lab 07: retryAttempts, onFailure \'sqs\'). Rode o consumidor primeiro e depois o redrive.',
      };
    case 'redrive_message_malformed':
      return {
        message: `A mensagem ${issue.messageId} foi mantida: não é um registro de falha, porque ${issue.field} ${PROBLEM[issue.problem]} (esperado ${issue.expected}; recebido ${issue.got}). Nada foi lido nem reprocessado para ela.`,
        hint: 'Só os corpos que o Lambda escreve num destino de falhas podem ser reprocessados (requestContext, DDBStreamBatchInfo com shardId, startSequenceNumber, endSequenceNumber, streamArn). Tire qualquer outra mensagem da fila.',
      };
    case 'redrive_records_gone':
      return {
        message: `A mensagem ${issue.messageId} foi mantida: o stream não guarda mais os registros ${issue.startSequenceNumber}–${issue.endSequenceNumber} de ${issue.shardId} (TrimmedDataAccessException). O DynamoDB Streams guarda registros por 24 horas e depois pode removê-los a qualquer momento (veja Limites e fontes, no site); estes chegaram a partir de ${issue.firstArrival}, e o registro de falha guarda só os metadados: os dados se perderam.`,
        hint: 'Reprocesse em até 24 h depois da falha, com um alarme na profundidade da fila para alguém saber a tempo. Onde um redrive mais tardio precisa continuar possível, um destino de falhas no S3 leva os próprios registros.',
      };
    case 'redrive_failed':
      return {
        message: `A mensagem ${issue.messageId} foi mantida: o seu redriveFailure falhou com: ${issue.detail}`,
        hint: 'Corrija o erro e rode o redrive de novo: a mensagem fica na fila até um redrive resolver, e reprocessar é idempotente.',
      };
    case 'redrive_bad_outcome':
      return {
        message: `A mensagem ${issue.messageId} foi mantida: o seu redriveFailure resolveu com ${issue.got}, e não com { records: <um inteiro ≥ 0> }.`,
        hint: 'Resolva com o número de registros que você entregou ao handler, por exemplo `return { records: count };`.',
      };
    case 'redrive_never_settled':
      return {
        message: `A mensagem ${issue.messageId} foi mantida: o seu redriveFailure nunca terminou (espera uma promise que nada resolve nem rejeita).`,
        hint: 'Use await em toda chamada que você inicia (getShardIterator, getRecords, o handler) e faça toda promise que você cria terminar.',
      };
  }
}
