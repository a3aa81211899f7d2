import type { WorkshopIssue } from './workshop-issue.js';
import type { IssueText } from './format-issue.js';
import { isSupervisorVerdict } from '../supervise/verdicts.js';
import { verdictMessagePtBr } from '../supervise/verdict-messages-pt-br.js';
import { isRedriveIssue } from '../redrive/redrive-issue.js';
import { redriveMessagePtBr } from '../redrive/redrive-messages-pt-br.js';
import { durationInput, isFlag, numberText, unitText, usdText } from '../i18n/value-text.js';

const list = (items: readonly string[]) => items.join(', ');
const num = (n: number) => numberText(n, 'pt-BR');

/** Texto em português para cada problema: o que estava errado e o que tentar. */
export function messagePtBr(issue: WorkshopIssue): IssueText {
  if (isSupervisorVerdict(issue)) return verdictMessagePtBr(issue);
  if (isRedriveIssue(issue)) return redriveMessagePtBr(issue);
  switch (issue.code) {
    case 'out_of_range': {
      if (issue.unit === 'seconds' && isFlag(issue.field) && Number.isFinite(issue.got)) {
        // Uma opção de duração: limites e valor escritos como a opção é digitada.
        const [min, max] = [durationInput(issue.min), durationInput(issue.max)];
        return {
          message: `${issue.field} deve estar entre ${min} e ${max}; valor recebido: ${durationInput(issue.got)}.`,
          hint: `Escolha uma duração de ${min} a ${max}, por exemplo ${issue.field} ${issue.got > issue.max ? max : min}.`,
        };
      }
      return {
        message: `${issue.field} deve estar entre ${num(issue.min)} e ${num(issue.max)}${issue.unit ? ` ${unitText(issue.unit, 'pt-BR')}` : ''} (inclusive); valor recebido: ${num(issue.got)}.`,
        hint: issue.field === 'retryAttempts' && issue.got === -1
          ? `O -1 da AWS (tentar até os registros expirarem) é o que você tem deixando retryAttempts sem valor; para limitar as tentativas, escolha um valor de ${num(issue.min)} a ${num(issue.max)}.`
          : `Escolha um valor de ${num(issue.min)} a ${num(issue.max)}.`,
      };
    }
    case 'not_integer':
      return { message: `${issue.field} deve ser um número inteiro; valor recebido: ${issue.got}.`, hint: `Arredonde, por exemplo ${Math.round(issue.got)}.` };
    case 'not_a_number':
      return { message: `${issue.field} deve ser um número; valor recebido: "${issue.got}".`, hint: 'Use apenas dígitos, por exemplo 100.' };
    case 'invalid_choice':
      return { message: `${issue.field} deve ser um destes: ${list(issue.allowed)}; valor recebido: "${issue.got}".`, hint: `Use um destes: ${list(issue.allowed)}.` };
    case 'missing_setting':
      return { message: `${issue.field} é obrigatório e não foi definido.`, hint: `Defina ${issue.field} e tente de novo.` };
    case 'unknown_setting':
      return { message: `${issue.field} não é uma configuração conhecida pela oficina.`, hint: `Configurações conhecidas: ${list(issue.allowed)}.` };
    case 'duration_expected':
      return {
        message: `${issue.field} deve ser uma duração, como seconds(60) ou hours(1); valor recebido: ${issue.got}.`,
        hint: issue.field === 'maxRecordAge'
          ? 'Importe hours (ou seconds, minutes, days) de workshop/src/index.js: maxRecordAge: hours(1). O -1 da AWS (sem limite de idade) é o que você tem deixando maxRecordAge sem valor.'
          : `Importe seconds (ou minutes, hours, days) de workshop/src/index.js, por exemplo ${issue.field}: seconds(30).`,
      };
    case 'invalid_duration':
      return { message: `${issue.field}: "${issue.got}" não é uma duração.`, hint: 'Escreva um número e uma unidade: 30s, 10m, 1h ou 2d.' };
    case 'conflicting_settings':
      return { message: `${list(issue.fields)} não podem ser usados juntos: ${issue.reason}`, hint: `Altere um destes: ${list(issue.fields)}.` };
    case 'unbounded_on_failure':
      return {
        message: `onFailure é '${issue.destination}', mas nada limita as novas tentativas: sem retryAttempts nem maxRecordAge, o Lambda tenta de novo um lote que falha até os registros saírem do stream (24 h), o shard fica parado atrás dele e o destino não fica sabendo de nada a tempo.`,
        hint: 'Defina retryAttempts (0–10.000), por exemplo 2, ou maxRecordAge (60 s – 7 dias), por exemplo { seconds: 3600 }, ou os dois.',
      };
    case 'too_small':
      return { message: `${issue.field} deve ser no mínimo ${num(issue.min)}; valor recebido: ${num(issue.got)}.`, hint: `Use ${num(issue.min)} ou mais.` };
    case 'item_size_below_order':
      return {
        message: `${issue.field} ${num(issue.got)} bytes não comporta um pedido: os próprios atributos dele (chaves, status, valor, observação, itens, entrega, tags, data) ocupam até ${num(issue.min - 1)} bytes antes do enchimento, então os itens vão de ${num(issue.min)} a ${num(issue.max)} bytes (400 KB, o limite de item do DynamoDB).`,
        hint: `Use ${num(issue.min)} bytes ou mais, por exemplo ${isFlag(issue.field) ? `${issue.field} 400` : `${issue.field}: 400`} (ainda 1 unidade de escrita por item, até 1 KB).`,
      };
    case 'invalid_alarm_period':
      return {
        message: `${issue.field} deve ser 10, 30 ou um múltiplo de 60 segundos; valor recebido: ${num(issue.got)}.`,
        hint: 'Métricas do Lambda como IteratorAge têm resolução de 1 minuto: use 60.',
      };
    case 'alarm_window_too_long':
      return {
        message: `Um alarme olha no máximo ${num(issue.maxSeconds)} segundos (um dia) para trás, mas evaluationPeriods × periodSeconds = ${num(issue.evaluationPeriods)} × ${num(issue.periodSeconds)} = ${num(issue.evaluationPeriods * issue.periodSeconds)}.`,
        hint: `Com periodSeconds ${num(issue.periodSeconds)}, use no máximo ${num(Math.floor(issue.maxSeconds / issue.periodSeconds))} períodos de avaliação, ou um período maior.`,
      };
    case 'throttles_alarm_meaningless':
      return issue.reason === 'fewer_throttles_breach'
        ? {
            message: `Um alarme de Throttles com ${issue.comparisonOperator} viola quando há poucos throttles: ficaria em ALARM com o consumidor saudável e voltaria a OK quando ele fosse limitado.`,
            hint: 'Use comparisonOperator "GreaterThanThreshold" (mais throttles por minuto é pior), por exemplo com threshold 0: qualquer throttle num minuto viola.',
          }
        : {
            message: `Um alarme de Throttles com GreaterThanOrEqualToThreshold e threshold ${num(issue.threshold)} viola num minuto com 0 throttles: acordaria alguém por um consumidor saudável.`,
            hint: 'Use "GreaterThanThreshold" com threshold 0 (qualquer throttle viola), ou um threshold acima de 0.',
          };
    case 'unknown_lab':
      return { message: `Não existe o lab "${issue.got}".`, hint: `Labs: ${list(issue.allowed)}. Rode "npx workshop list" para vê-los.` };
    case 'lab_file_missing':
      return { message: `O lab ${issue.lab} não tem o arquivo ${issue.file}.`, hint: `Restaure com "npx workshop reset ${issue.lab}".` };
    case 'lab_module_invalid':
      return { message: `Lab ${issue.lab}: não foi possível usar ${issue.file}: ${issue.detail}`, hint: `Compare com a referência: "npx workshop diff ${issue.lab}".` };
    case 'lab_has_no_check':
      return {
        message: `O lab ${issue.lab} não tem verificação automática: não há código para escrever.`,
        hint: issue.lab.startsWith('00') ? 'A verificação dele é "npx workshop doctor": com todas as linhas ✔ ou –, siga para o lab 01.'
          : issue.lab.endsWith('-clean-up') ? 'Na AWS, a verificação dele é "npx workshop leftovers": não pode sobrar nada. Localmente não há o que remover.'
          : 'Siga a página dele no site e passe para o próximo lab.',
      };
    case 'not_confirmed':
      return issue.reason === 'no_terminal'
        ? { message: `Nada foi alterado: ${issue.action} precisa de confirmação, e não há terminal para perguntar.`, hint: 'Use --yes para confirmar a partir de um script ou de um pipe.' }
        : { message: `Nada foi alterado: ${issue.action} não foi confirmado.`, hint: 'Responda "s" para continuar, ou use --yes.' };
    case 'missing_credentials':
      return {
        message: `Nenhuma credencial AWS foi encontrada${issue.profile ? ` para o perfil "${issue.profile}"` : ''}.`,
        hint: `Rode "aws configure" ou "aws sso login"${issue.profile ? '' : ', ou use --profile'}${
          issue.alternative === 'local_target' ? '; ou use o alvo local (o padrão), que não precisa de conta'
            : issue.alternative === 'local_endpoint' ? '; ou grave num DynamoDB local com --endpoint http://127.0.0.1:8000, que não precisa de conta' : ''}.`,
      };
    case 'invalid_endpoint':
      return { message: `${issue.field} deve ser uma URL http:// ou https://, recebido "${issue.got}".`, hint: `Escreva o esquema, o host e a porta, por exemplo ${issue.field} http://127.0.0.1:8000.` };
    case 'endpoint_unreachable':
      return issue.endpoint
        ? { message: `Nada respondeu em ${issue.endpoint} (${issue.detail}).`, hint: 'Inicie antes o servidor local com a API do DynamoDB (por exemplo dynalite ou DynamoDB Local), ou confira o host e a porta em --endpoint.' }
        : { message: `Não foi possível alcançar a AWS (${issue.detail}).`, hint: 'Confira a conexão de rede e a --region.' };
    case 'missing_region':
      return { message: 'Nenhuma Região AWS foi definida.', hint: 'Use --region us-east-1 ou defina AWS_REGION.' };
    case 'not_bootstrapped':
      return {
        message: `A conta${issue.account ? ` ${issue.account}` : ''} não passou pelo bootstrap do CDK em ${issue.region}.`,
        hint: `Rode "npx cdk bootstrap -c lab=labs/01-deploy-consumer${issue.account ? ` aws://${issue.account}/${issue.region}` : ''}" uma vez e tente de novo.`,
      };
    case 'table_not_found':
      return { message: `A tabela "${issue.table}" não existe${issue.endpoint ? ` em ${issue.endpoint}` : ''}.`, hint: 'Confira --table (o deploy mostra o nome) e --region/--endpoint.' };
    case 'function_not_found':
      return { message: `A função Lambda "${issue.functionName}" não foi encontrada.`, hint: 'Confira --function (o deploy mostra o nome) e --region.' };
    case 'aws_call_failed':
      return { message: `${issue.service} ${issue.operation} falhou: ${issue.detail}`, hint: 'Confira credenciais, Região e permissões; "npx workshop doctor" diz o que falta.' };
    case 'aws_access_denied':
      return {
        message: `Suas credenciais AWS não podem chamar ${issue.action}${issue.resource ? ` em ${issue.resource}` : ''} (${issue.service}: acesso negado).`,
        hint: `O comando roda com as suas próprias credenciais: permita ${issue.action} para elas (ou use um perfil que tenha essa permissão, --profile) e rode de novo.`,
      };
    case 'stack_not_found':
      return { message: `A pilha ${issue.stackName} não está implantada em ${issue.region}.`, hint: `Implante-a antes ("npx workshop deploy ${issue.lab}") ou passe a Região em que ela está (--region).` };
    case 'stack_output_missing':
      return { message: `A pilha ${issue.stackName} não tem a saída ${issue.output}.`, hint: `Implante o lab de novo ("npx workshop deploy ${issue.lab}") para a pilha ganhar as saídas atuais.` };
    case 'queue_not_found':
      return { message: `A fila SQS ${issue.queueUrl} não existe.`, hint: 'Confira --region (a fila fica na Região da pilha) ou implante o lab de novo se a pilha foi removida.' };
    case 'cost_over_limit':
      return {
        message: `Esta execução custaria cerca de ${usdText(issue.estimatedUsd, 'pt-BR')}, acima de --max-cost ${usdText(issue.maxUsd, 'pt-BR')}.`,
        hint: 'Grave menos (no `load`: --rate ou --duration menores; no `run`: o load.ts do lab), aumente --max-cost, ou use --yes para aceitar o custo.',
      };
    case 'invalid_output':
      return {
        message: issue.reason === 'empty' ? `${issue.field} está vazio: é preciso uma pasta onde gravar.`
          : issue.reason === 'repository_root' ? `${issue.field} "${issue.got}" é a raiz do repositório (ou acima dela): o assembly se misturaria com os arquivos da oficina.`
          : issue.reason === 'not_an_assembly' ? `${issue.field} "${issue.got}" já tem outros arquivos e nenhum cloud assembly: o CDK misturaria os arquivos dele com esses.`
          : `${issue.field} "${issue.got}" existe e não é uma pasta.`,
        hint: `Indique uma pasta só para isso, por exemplo ${issue.field} cdk.out/meu-lab, ou não use ${issue.field} (padrão: cdk.out/<lab>).`,
      };
    case 'option_ignored':
      return { message: `${issue.field} só vale com ${issue.needs}; aqui seria ignorado.`, hint: `Tire ${issue.field}, ou use ${issue.needs}.` };
    case 'file_not_written':
      return { message: `Não foi possível gravar ${issue.path}: ${issue.detail}.`, hint: 'Confira se a pasta existe e se você pode gravar nela (permissões, espaço livre em disco).' };
    case 'package_missing':
      return { message: `O pacote "${issue.packageName}" não está instalado.`, hint: 'Rode "npm ci" na raiz do repositório e tente de novo.' };
    case 'load_incomplete':
      return {
        message: `${num(issue.failed + issue.notSent)} de ${num(issue.requested)} itens não foram gravados (${num(issue.failed)} falharam, ${num(issue.notSent)} não foram enviados)${issue.firstError ? `. Primeiro erro: ${issue.firstError}` : ''}.`,
        hint: 'Houve throttling? Diminua --rate ou --concurrency. Parou com Ctrl-C? Rode de novo: itens com o mesmo número são apenas sobrescritos.',
      };
    case 'lab_not_simulable':
      return { message: `O lab ${issue.lab} não tem o que simular: não tem consumidor (consumer.ts e handler.ts).`, hint: 'Simule um lab de código, por exemplo "npx workshop simulate --lab 01".' };
    case 'horizon_before_load_end':
      return {
        message: `--horizon (${num(issue.horizonSeconds)} s) termina antes de a carga parar (--duration ${num(issue.durationSeconds)} s).`,
        hint: `--horizon é quanto dura a execução inteira, carga incluída: use ${num(issue.durationSeconds)} s ou mais (ex.: --horizon ${Math.ceil((issue.durationSeconds * 2) / 60)}m) ou encurte --duration.`,
      };
    case 'unknown_lab_or_folder':
      return {
        message: `"${issue.got}" não é um lab nem uma pasta.`,
        hint: `Indique um lab (${list(issue.allowed)}, ou solutions/<lab>) ou uma pasta com consumer.ts e handler.ts (load.ts e alarm.ts são opcionais), por exemplo --lab ./meu-consumidor.`,
      };
    case 'folder_not_simulable':
      return {
        message: `A pasta ${issue.folder} não pode ser simulada: falta ${issue.missing.join(' e falta ')}.`,
        hint: 'simulate --lab precisa de consumer.ts (export const consumer: ConsumerSettingsInput) e handler.ts (export const createHandler: CreateHandler); load.ts (export const load) e alarm.ts (export const alarm) são opcionais. Ou use --per-record-ms para trocar o handler pelo modelo de custo.',
      };
    case 'folder_module_invalid':
      return { message: `${issue.folder}: não foi possível usar ${issue.file}: ${issue.detail}`, hint: 'Compare as exportações com as de um lab, por exemplo solutions/04-batch-size (consumer, createHandler, load, alarm).' };
    case 'needs_lab_handler':
      return { message: `${issue.field} só vale quando roda o handler de um lab: o modelo de custo (--per-record-ms, --fixed-ms) não grava nada.`, hint: `Use --lab com um lab de código (ex.: --lab solutions/04-batch-size) e sem opções do modelo de custo, ou tire ${issue.field}.` };
    case 'lab_not_deployable':
      return { message: `O lab ${issue.lab} não tem nada para implantar: não há consumidor (consumer.ts e handler.ts).`, hint: 'Implante um lab com código, por exemplo "npx workshop deploy 01".' };
    case 'command_failed':
      return { message: `"${issue.command}" falhou com código de saída ${issue.exitCode}.`, hint: 'Leia a saída acima; rode de novo com --debug para mais detalhes.' };
    case 'internal':
      return { message: `Algo inesperado aconteceu: ${issue.detail}`, hint: 'Rode de novo com --debug e abra uma issue com a saída.' };
  }
}
