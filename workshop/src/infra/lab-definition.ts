import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkshopError } from '../errors/workshop-error.js';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import type { ConsumerSettingsInput } from '../settings/consumer-settings.js';
import { STACK_NAME_PREFIX } from './pipeline-defaults.js';

/** What a lab folder gives the AWS target: its settings, its optional alarm and its Lambda entry. */
export interface LabDefinition {
  /** Folder name, e.g. `01-deploy-consumer`; the `lab` tag and the stack name use it. */
  readonly slug: string;
  readonly dir: string;
  readonly consumer: ConsumerSettingsInput;
  readonly alarm: AlarmSettings | undefined;
  /** Absolute path of the folder's `lambda.ts`. */
  readonly handlerEntry: string;
  /** CloudFormation stack name: `IteratorAgeWorkshop-<slug>`. */
  readonly stackName: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads a lab folder's `consumer.ts` (`export const consumer`), optional `alarm.ts` (`export const alarm`)
 * and checks that `lambda.ts` exists. Runs under tsx (CLI, CDK app) or vitest, which load `.ts` directly.
 * @throws WorkshopError `lab_file_missing` / `lab_module_invalid` naming the lab and the file.
 */
export async function loadLabDefinition(dir: string): Promise<LabDefinition> {
  const slug = basename(dir);
  const consumerModule = await importLabFile(dir, slug, 'consumer.ts', true);
  const consumer = consumerModule?.['consumer'];
  if (!isObject(consumer)) throw invalid(slug, 'consumer.ts', 'it must export "consumer" (the consumer settings object).');
  const alarmModule = await importLabFile(dir, slug, 'alarm.ts', false);
  const alarm = alarmModule?.['alarm'];
  if (alarmModule !== undefined && !isObject(alarm)) throw invalid(slug, 'alarm.ts', 'it must export "alarm" (the alarm settings object).');
  const handlerEntry = join(dir, 'lambda.ts');
  if (!existsSync(handlerEntry)) throw new WorkshopError({ code: 'lab_file_missing', lab: slug, file: 'lambda.ts' });
  return {
    slug,
    dir,
    consumer: consumer as unknown as ConsumerSettingsInput,
    alarm: alarm as unknown as AlarmSettings | undefined,
    handlerEntry,
    stackName: stackNameFor(slug),
  };
}

/** `IteratorAgeWorkshop-<slug>`, keeping only what CloudFormation allows in a stack name. */
export function stackNameFor(slug: string): string {
  return `${STACK_NAME_PREFIX}-${slug.replace(/[^A-Za-z0-9-]/g, '-')}`.slice(0, 128);
}

/** True when `dir` looks like a lab folder the AWS target can deploy (has `consumer.ts` and `lambda.ts`). */
export function isDeployableLabFolder(dir: string): boolean {
  return existsSync(join(dir, 'consumer.ts')) && existsSync(join(dir, 'lambda.ts'));
}

async function importLabFile(dir: string, slug: string, file: string, required: boolean): Promise<Record<string, unknown> | undefined> {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (required) throw new WorkshopError({ code: 'lab_file_missing', lab: slug, file });
    return undefined;
  }
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw invalid(slug, file, error instanceof Error ? error.message : String(error), error);
  }
}

function invalid(lab: string, file: string, detail: string, cause?: unknown): WorkshopError {
  return new WorkshopError({ code: 'lab_module_invalid', lab, file, detail }, cause === undefined ? undefined : { cause });
}
