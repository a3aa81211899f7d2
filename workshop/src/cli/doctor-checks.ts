import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../errors/format-issue.js';
import { isWorkshopError } from '../errors/workshop-error.js';
import type { Language } from '../i18n/language.js';
import { checkBootstrap, checkCredentials, type AwsProbe, type AwsTarget } from '../infra/aws-preflight.js';
import { translator } from '../i18n/bilingual.js';

/** ✔ works, ✖ broken (with the fix), – optional and absent (fine for the local target). */
export type DoctorStatus = 'ok' | 'fail' | 'skip';

export interface DoctorLine {
  readonly status: DoctorStatus;
  readonly text: string;
}

/** Packages the kit cannot work without; each must be installed under node_modules. */
export const KEY_PACKAGES = ['aws-cdk-lib', 'aws-cdk', 'cdk-nag', 'esbuild', 'tsx', 'commander', '@aws-sdk/client-dynamodb'] as const;

type Say = ReturnType<typeof translator>;

/** Node.js version against `engines.node` of the root package.json (comparators like `>=20.19 <25`). */
export function checkNode(repoRoot: string, nodeVersion: string, language: Language): DoctorLine {
  const t = translator(language);
  const range = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '';
  const fits = satisfies(nodeVersion, range);
  return fits
    ? { status: 'ok', text: t(`Node.js ${nodeVersion} (needs ${range})`, `Node.js ${nodeVersion} (precisa de ${range})`) }
    : { status: 'fail', text: t(`Node.js ${nodeVersion} does not fit ${range}. Fix: install a Node.js LTS within that range, preferably 22 or 24 (Node 20 reached its end of life in April 2026), e.g. "nvm install 24".`, `Node.js ${nodeVersion} não atende ${range}. Correção: instale um Node.js LTS dentro desse intervalo, de preferência o 22 ou o 24 (o Node 20 chegou ao fim da vida útil em abril de 2026), ex.: "nvm install 24".`) };
}

/** node_modules present and the key packages installed. */
export function checkInstall(repoRoot: string, language: Language): DoctorLine {
  const t = translator(language);
  if (!existsSync(join(repoRoot, 'node_modules'))) {
    return { status: 'fail', text: t('Dependencies are not installed. Fix: run "npm ci" at the repository root.', 'As dependências não estão instaladas. Correção: rode "npm ci" na raiz do repositório.') };
  }
  const missing = KEY_PACKAGES.filter((name) => !existsSync(join(repoRoot, 'node_modules', name, 'package.json')));
  return missing.length === 0
    ? { status: 'ok', text: t(`Dependencies installed (${KEY_PACKAGES.join(', ')})`, `Dependências instaladas (${KEY_PACKAGES.join(', ')})`) }
    : { status: 'fail', text: t(`Missing packages: ${missing.join(', ')}. Fix: run "npm ci" at the repository root.`, `Pacotes ausentes: ${missing.join(', ')}. Correção: rode "npm ci" na raiz do repositório.`) };
}

/**
 * AWS Region, credentials and CDK bootstrap — all optional: the local target needs none of them.
 * Bootstrap is checked only when the credentials work.
 */
export async function checkAws(target: AwsTarget, probe: AwsProbe, language: Language): Promise<DoctorLine[]> {
  const t = translator(language);
  const notNeeded = t('not needed for the local target', 'não é necessário para o alvo local');
  const region = await probe.region(target);
  const lines: DoctorLine[] = [
    region
      ? { status: 'ok', text: t(`AWS Region: ${region}`, `Região AWS: ${region}`) }
      : { status: 'skip', text: t(`AWS Region: not set — ${notNeeded}. For AWS: pass --region or set AWS_REGION.`, `Região AWS: não definida — ${notNeeded}. Para a AWS: use --region ou defina AWS_REGION.`) },
  ];
  // STS answers in every Region; without one configured, ask us-east-1 so the credentials still get checked.
  const probeTarget = { ...target, region: region || 'us-east-1' };
  let access;
  try {
    access = await checkCredentials(probeTarget, probe);
    lines.push({ status: 'ok', text: t(`AWS credentials: account ${access.account} (${access.arn})`, `Credenciais AWS: conta ${access.account} (${access.arn})`) });
  } catch (error) {
    const code = isWorkshopError(error) ? error.issue.code : 'internal';
    const reason = isWorkshopError(error) && code !== 'missing_credentials' ? formatIssue(error.issue, language).message : t('none found', 'nenhuma encontrada');
    lines.push({ status: 'skip', text: t(`AWS credentials: ${reason} — ${notNeeded}. For AWS: run "aws configure" or "aws sso login".`, `Credenciais AWS: ${reason} — ${notNeeded}. Para a AWS: rode "aws configure" ou "aws sso login".`) });
    lines.push({ status: 'skip', text: t(`CDK bootstrap: not checked (needs working credentials) — ${notNeeded}.`, `Bootstrap do CDK: não verificado (precisa de credenciais válidas) — ${notNeeded}.`) });
    return lines;
  }
  if (!region) {
    lines.push({ status: 'skip', text: t(`CDK bootstrap: not checked (needs a Region) — ${notNeeded}.`, `Bootstrap do CDK: não verificado (precisa de uma Região) — ${notNeeded}.`) });
    return lines;
  }
  try {
    await checkBootstrap(target, access, probe);
    lines.push({ status: 'ok', text: t(`CDK bootstrap: ready in ${access.region}`, `Bootstrap do CDK: pronto em ${access.region}`) });
  } catch (error) {
    const text = isWorkshopError(error) ? formatIssue(error.issue, language) : { message: String(error), hint: '' };
    lines.push({ status: 'fail', text: `${t('CDK bootstrap', 'Bootstrap do CDK')}: ${text.message} ${t('Fix', 'Correção')}: ${text.hint}` });
  }
  return lines;
}

/** True when `version` (e.g. `v20.20.2`) meets every comparator of `range` (`>=20.19 <25`). Empty range: true. */
export function satisfies(version: string, range: string): boolean {
  const have = parts(version);
  return range.split(/\s+/).filter(Boolean).every((comparator) => {
    const match = /^(>=|<=|>|<|=)?v?(\d+(?:\.\d+){0,2})$/.exec(comparator);
    if (!match) return false;
    const order = compare(have, parts(match[2]!));
    switch (match[1] ?? '=') {
      case '>=': return order >= 0;
      case '<=': return order <= 0;
      case '>': return order > 0;
      case '<': return order < 0;
      default: return order === 0;
    }
  });
}

const parts = (v: string): number[] => v.replace(/^v/, '').split('.').map(Number).concat([0, 0, 0]).slice(0, 3);
const compare = (a: readonly number[], b: readonly number[]): number => a.reduce((acc, n, i) => (acc !== 0 ? acc : Math.sign(n - b[i]!)), 0);
