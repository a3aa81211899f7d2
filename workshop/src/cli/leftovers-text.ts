import type { Language } from '../i18n/language.js';
import { logGroupRemoval, removalCommand, stackRemoval } from '../observe/leftover-fix.js';
import type { LeftoverReport, LeftoverResource, LeftoverStack } from '../observe/leftover-scan.js';
import type { Bilingual } from '../i18n/bilingual.js';

type Text = Bilingual;

export interface LeftoverTextOptions {
  readonly language: Language;
  /** The lab folder `destroy` accepts for a stack's lab (e.g. `labs/03-observe-iteratorage`), when there is one. */
  readonly labFolder: (lab: string) => string | undefined;
  /** Flags added to every fix so it talks to the same account and Region as the scan, e.g. `--profile dev`. */
  readonly profile?: string;
}

const KINDS: Readonly<Record<string, Text>> = {
  'dynamodb:table': { en: 'DynamoDB table', 'pt-BR': 'Tabela DynamoDB' },
  'lambda:function': { en: 'Lambda function', 'pt-BR': 'Função Lambda' },
  'lambda:event-source-mapping': { en: 'Event source mapping', 'pt-BR': 'Mapeamento de origem de eventos' },
  'logs:log-group': { en: 'Log group', 'pt-BR': 'Grupo de logs' },
  'sns:': { en: 'SNS topic', 'pt-BR': 'Tópico SNS' },
  'sqs:': { en: 'SQS queue', 'pt-BR': 'Fila SQS' },
  'cloudwatch:alarm': { en: 'CloudWatch alarm', 'pt-BR': 'Alarme do CloudWatch' },
  'cloudwatch:dashboard': { en: 'CloudWatch dashboard', 'pt-BR': 'Painel do CloudWatch' },
  'iam:role': { en: 'IAM role', 'pt-BR': 'Role do IAM' },
};

/**
 * The lines `leftovers` prints: one ✖ per finding with the command that removes it, a count, and the tagging
 * API's caveat; or a single ✔ line when the Region is clean. Deterministic: the report is already sorted.
 */
export function leftoverLines(report: LeftoverReport, options: LeftoverTextOptions): string[] {
  const l = options.language;
  const { region } = report;
  const withProfile = (command: string) => (options.profile === undefined ? command : `${command} --profile ${options.profile}`);
  const lines: string[] = [];
  const stale = report.staleTagEntries > 0 ? [pick(l, {
    en: `(The tagging API still lists ${report.staleTagEntries} stack(s) CloudFormation has already deleted: that is its delay, not a leftover.)`,
    'pt-BR': `(A API de tags ainda lista ${report.staleTagEntries} pilha(s) que o CloudFormation já removeu: é atraso dela, não sobra.)`,
  })] : [];

  if (report.clean) {
    return [pick(l, {
      en: `✔ Nothing left in ${region}: no resource tagged workshop=iteratorage, no IteratorAgeWorkshop-* stack, no workshop log group.`,
      'pt-BR': `✔ Nada sobrou em ${region}: nenhum recurso com a tag workshop=iteratorage, nenhuma pilha IteratorAgeWorkshop-*, nenhum grupo de logs da oficina.`,
    }), ...stale];
  }

  lines.push(pick(l, { en: `What the workshop left in ${region}:`, 'pt-BR': `O que a oficina deixou em ${region}:` }));
  for (const stack of report.stacks) {
    lines.push(`✖ ${stackTitle(stack, l)}`);
    lines.push(`    → ${stackFix(stack, region, options, withProfile)}`);
  }
  for (const group of report.logGroups) {
    lines.push(`✖ ${pick(l, KINDS['logs:log-group']!)} ${group.name}`);
    lines.push(`    → ${withProfile(logGroupRemoval(group.name, region))}`);
  }
  for (const resource of report.resources) {
    lines.push(`✖ ${resourceTitle(resource, l)}`);
    const command = removalCommand(resource, region);
    lines.push(`    → ${command === undefined
      ? pick(l, { en: `remove it in the AWS console (${resource.service}): ${resource.arn}`, 'pt-BR': `remova pelo console da AWS (${resource.service}): ${resource.arn}` })
      : withProfile(command)}`);
  }
  const count = report.stacks.length + report.logGroups.length + report.resources.length;
  lines.push(pick(l, {
    en: `${count} leftover(s). Run the commands above, then "npx workshop leftovers" again until it says nothing is left.`,
    'pt-BR': `${count} sobra(s). Rode os comandos acima e depois "npx workshop leftovers" de novo, até ele dizer que nada sobrou.`,
  }));
  if (report.resources.length > 0) {
    lines.push(pick(l, {
      en: 'Note: the tagging API can keep listing a resource for a while after it is deleted. If a command above answers that the resource does not exist, it is already gone.',
      'pt-BR': 'Atenção: a API de tags pode continuar listando um recurso por um tempo depois que ele é removido. Se um comando acima responder que o recurso não existe, ele já foi embora.',
    }));
  }
  return [...lines, ...stale];
}

function stackTitle(stack: LeftoverStack, l: Language): string {
  const base = pick(l, { en: `Stack ${stack.name} (${stack.status})`, 'pt-BR': `Pilha ${stack.name} (${stack.status})` });
  if (stack.taggedResources === 0) return base;
  return `${base}${pick(l, {
    en: `, with ${stack.taggedResources} tagged resource(s) it created`,
    'pt-BR': `, com ${stack.taggedResources} recurso(s) com tag criados por ela`,
  })}`;
}

function stackFix(stack: LeftoverStack, region: string, options: LeftoverTextOptions, withProfile: (c: string) => string): string {
  const l = options.language;
  if (stack.status === 'DELETE_IN_PROGRESS') {
    return pick(l, { en: 'being deleted right now: run "npx workshop leftovers" again in a few minutes', 'pt-BR': 'está sendo removida agora: rode "npx workshop leftovers" de novo em alguns minutos' });
  }
  const folder = options.labFolder(stack.lab);
  const command = withProfile(folder === undefined ? stackRemoval(stack.name, region) : `npx workshop destroy ${folder} --region ${region}`);
  if (stack.status !== 'DELETE_FAILED') return command;
  return `${command}${pick(l, {
    en: ' (the last delete failed: the Events tab of the stack in the CloudFormation console names the resource that blocked it)',
    'pt-BR': ' (a última remoção falhou: a aba Eventos da pilha no console do CloudFormation diz qual recurso a travou)',
  })}`;
}

function resourceTitle(resource: LeftoverResource, l: Language): string {
  const kind = KINDS[`${resource.service}:${resource.type}`];
  const label = kind === undefined ? `${resource.service} ${resource.type}`.trim() : pick(l, kind);
  const lab = resource.lab === undefined ? '' : pick(l, { en: ` (lab ${resource.lab})`, 'pt-BR': ` (lab ${resource.lab})` });
  return `${label} ${resource.name}${lab}`;
}

const pick = (language: Language, text: Text): string => text[language];
