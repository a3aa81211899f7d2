import type { IssueText } from '../errors/format-issue.js';
import type { SupervisorVerdict } from './verdicts.js';

const num = (n: number) => n.toLocaleString('pt-BR');
const at = (where: string | undefined) => (where ? ` (em ${where})` : '');

/** Texto em português para cada veredito do supervisor: o que o código fez e o que fazer no lugar. */
export function verdictMessagePtBr(verdict: SupervisorVerdict): IssueText {
  switch (verdict.code) {
    case 'code_called_exit':
      return {
        message: `Lab ${verdict.lab}: o seu código chamou process.exit(${verdict.exitCode})${at(verdict.where)}, e a execução parou sem resultado.`,
        hint: 'Um handler nunca encerra o processo: retorne (ou lance um Error para falhar o lote) e deixe a decisão com o Lambda.',
      };
    case 'code_used_real_timer':
      return {
        message: `Lab ${verdict.lab}: o seu handler esperou um timer real (${verdict.timer}, ${num(verdict.delayMs)} ms)${at(verdict.where)}. A oficina o executa em tempo virtual, onde timers reais nunca disparam.`,
        hint: 'Use io.sleep na oficina: `await io.sleep(ms)` espera tempo virtual localmente e tempo real na AWS.',
      };
    case 'code_never_returned':
      return {
        message: `Lab ${verdict.lab}: o seu handler nunca retornou: ele espera uma promise que nada vai resolver nem rejeitar.`,
        hint: 'Faça toda promise que você cria terminar (chame resolve ou reject em todos os caminhos) e use await nas chamadas de io que você inicia.',
      };
    case 'code_ran_too_long':
      return verdict.blocked
        ? {
            message: `Lab ${verdict.lab}: o seu código passou de ${num(verdict.seconds)} s de tempo real sem nenhuma pausa (um laço infinito?) e foi interrompido.`,
            hint: 'Procure um laço cuja condição nunca muda, no nível do módulo ou no handler. WORKSHOP_BLOCKED_SECONDS define este limite.',
          }
        : {
            message: `Lab ${verdict.lab}: a execução passou de ${num(verdict.seconds)} s de tempo real (um laço infinito?) e foi interrompida.`,
            hint: 'Procure um laço que continua esperando sem avançar. WORKSHOP_WALL_SECONDS define este limite.',
          };
    case 'code_out_of_memory':
      return {
        message: `Lab ${verdict.lab}: o seu código usou mais de ${num(verdict.megabytes)} MB de memória, e a execução foi interrompida.`,
        hint: 'Procure dados que só crescem (um array ou um Map preenchido a cada registro e nunca esvaziado). WORKSHOP_HEAP_MB define este limite.',
      };
    case 'code_threw_non_error':
      return {
        message: `Lab ${verdict.lab}: o seu código lançou um valor que não é um Error: ${verdict.value}${at(verdict.where)}. Um valor assim não tem mensagem nem pilha de chamadas.`,
        hint: "Lance um Error: throw new Error('o que deu errado').",
      };
    case 'code_unhandled_rejection':
      return {
        message: `Lab ${verdict.lab}: uma promise do seu código foi rejeitada e nada a tratou: ${verdict.detail}${at(verdict.where)}. O Node encerra o processo numa rejeição não tratada.`,
        hint: 'Use await (ou return) em toda promise que você inicia, ou dê a ela um .catch(...).',
      };
    case 'code_crashed':
      return {
        message: `Lab ${verdict.lab}: o seu código lançou um erro fora da chamada do próprio handler (num callback ou num evento): ${verdict.detail}${at(verdict.where)}.`,
        hint: 'Faça o trabalho dentro do handler, com await, para que os erros cheguem até ele.',
      };
    case 'code_ended_without_result':
      return {
        message: `Lab ${verdict.lab}: a execução terminou (código de saída ${verdict.exitCode}) sem resultado.`,
        hint: 'Rode de novo com --debug; se acontecer outra vez, abra uma issue com a saída.',
      };
    case 'lab_syntax_error':
      return {
        message: `Lab ${verdict.lab}: ${verdict.file}, linha ${verdict.line}, coluna ${verdict.column}: ${verdict.detail}\n${verdict.frame}`,
        hint: 'Corrija essa linha (o ^ marca a coluna) e rode o comando de novo.',
      };
  }
}
