import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveLabFolder } from '../labs/node/lab-folder.js';

/** Where a lab runs or is checked: the local engine (the default) or a real AWS account. */
export type LabTarget = 'local' | 'aws';

/**
 * Reads `--target`; absent means `local`.
 * @throws WorkshopError `invalid_choice` naming the allowed values.
 */
export function parseLabTarget(text: string | undefined): LabTarget {
  const target = text ?? 'local';
  if (target !== 'local' && target !== 'aws') throw new WorkshopError({ code: 'invalid_choice', field: '--target', allowed: ['local', 'aws'], got: target });
  return target;
}

/**
 * Refuses options that the chosen target would silently ignore (`run 01 --max-cost` runs locally and writes
 * nothing to AWS; `run 02 --target aws --minutes 5` writes the lab's own load). `scoped` maps each target to
 * the options (flag → value as parsed, undefined when absent) that only mean something on that target.
 * @throws WorkshopError `option_ignored` naming the first such option and the target it needs.
 */
export function refuseOptionsForOtherTarget(target: LabTarget, scoped: Readonly<Record<LabTarget, Readonly<Record<string, unknown>>>>): void {
  const other: LabTarget = target === 'aws' ? 'local' : 'aws';
  const given = Object.entries(scoped[other]).find(([, value]) => value !== undefined);
  if (given) throw new WorkshopError({ code: 'option_ignored', field: given[0], needs: `--target ${other}` });
}

/**
 * The lab folder `synth`, `deploy` and `destroy` work on, from what the learner typed: a lab (`1`, `01`,
 * `01-deploy-consumer`, `labs/01-…`, `solutions/01-…`; `solution` picks the reference copy) or any folder path
 * holding `consumer.ts` and `handler.ts` (a lab's may be inherited). Returns the path relative to the repository root.
 * @throws WorkshopError `unknown_lab`; `lab_not_deployable` for a lab without a consumer (00, 10); `lab_file_missing`.
 */
export async function resolveDeployableLab(repoRoot: string, text: string, solution: boolean): Promise<string> {
  // Imported here: the infra modules pull in aws-cdk-lib, which `--help` and the local commands never need.
  const { deployableFiles, isDeployableLabFolder } = await import('../infra/lab-definition.js');
  const asPath = resolve(repoRoot, text);
  if (existsSync(asPath) && statSync(asPath).isDirectory() && isDeployableLabFolder(asPath, repoRoot)) return relative(repoRoot, asPath);
  const lab = resolveLabFolder(repoRoot, text, solution ? 'solution' : 'starter');
  const files = deployableFiles(lab.dir, repoRoot);
  const hasConsumer = files.consumer !== undefined && existsSync(files.consumer);
  const hasHandler = files.handler !== undefined && existsSync(files.handler);
  if (!hasConsumer && !hasHandler) throw new WorkshopError({ code: 'lab_not_deployable', lab: lab.slug });
  if (!hasConsumer || !hasHandler) throw new WorkshopError({ code: 'lab_file_missing', lab: lab.slug, file: relative(repoRoot, (hasConsumer ? files.handler : files.consumer) ?? resolve(lab.dir, hasConsumer ? 'handler.ts' : 'consumer.ts')) });
  return relative(repoRoot, lab.dir);
}
