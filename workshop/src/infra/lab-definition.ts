import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { WorkshopError } from '../errors/workshop-error.js';
import { importLabModules, labDefinitionOf, labSourceFiles } from '../labs/node/lab-loader.js';
import { resolveLabFolder } from '../labs/node/lab-folder.js';
import { REPO_ROOT, writeLambdaEntry } from './lambda-entry.js';
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
  /** The lab's Throttles alarm (throttles-alarm.ts, lab 08 on). */
  readonly throttlesAlarm: AlarmSettings | undefined;
  /** Absolute path of the Lambda entry written for this lab (see `writeLambdaEntry`). */
  readonly handlerEntry: string;
  /** CloudFormation stack name: `IteratorAgeWorkshop-<slug>`. */
  readonly stackName: string;
}

/** The files a folder deploys, and the root their names are shown from (the repository for a lab, else the folder). */
interface DeployableFiles {
  readonly shownFrom: string;
  readonly consumer?: string;
  readonly handler?: string;
  readonly alarm?: string;
  readonly throttlesAlarm?: string;
}

/** A lab's files through the lab loader (its own or inherited); any other folder's own files. */
export function deployableFiles(dir: string, repoRoot = REPO_ROOT): DeployableFiles {
  const parent = basename(dirname(dir));
  if ((parent === 'labs' || parent === 'solutions') && dirname(dirname(dir)) === repoRoot) {
    try {
      const folder = resolveLabFolder(repoRoot, relative(repoRoot, dir));
      const sources = labSourceFiles(repoRoot, folder, ['consumer', 'handler', 'alarm', 'throttles-alarm']);
      const path = (module: string) => sources.find((source) => source.module === module)?.path;
      // A lab may deploy another lab's handler (lab 09 deploys lab 07's: see `deploysHandlerOf`).
      const handlerOf = labDefinitionOf(folder).deploysHandlerOf;
      const handler = handlerOf === undefined ? path('handler')
        : labSourceFiles(repoRoot, resolveLabFolder(repoRoot, handlerOf, 'solution'), ['handler'])[0]?.path;
      return { shownFrom: repoRoot, consumer: path('consumer'), handler, alarm: path('alarm'), throttlesAlarm: path('throttles-alarm') };
    } catch {
      // Not a declared lab: read the folder as it is.
    }
  }
  const own = (file: string) => (existsSync(join(dir, file)) ? join(dir, file) : undefined);
  return { shownFrom: dir, consumer: own('consumer.ts'), handler: own('handler.ts'), alarm: own('alarm.ts'), throttlesAlarm: own('throttles-alarm.ts') };
}

/**
 * Reads what a folder deploys — `consumer` (consumer.ts), optional `alarm` (alarm.ts) — with the lab loader,
 * and writes the Lambda entry around its handler.ts. For a lab, each file is its own or inherited (see
 * `moduleSources`). Runs under tsx (CLI, CDK app) or vitest, which load `.ts` directly.
 * @throws WorkshopError `lab_file_missing` / `lab_module_invalid` naming the lab and the file.
 */
export async function loadLabDefinition(dir: string): Promise<LabDefinition> {
  const slug = basename(dir);
  const files = deployableFiles(dir);
  const { consumer, alarm, throttlesAlarm } = await importLabModules(files.shownFrom, slug, [
    { module: 'consumer', path: files.consumer ?? join(dir, 'consumer.ts') },
    ...(files.alarm === undefined ? [] : [{ module: 'alarm' as const, path: files.alarm }]),
    ...(files.throttlesAlarm === undefined ? [] : [{ module: 'throttles-alarm' as const, path: files.throttlesAlarm }]),
  ]);
  if (files.handler === undefined || !existsSync(files.handler)) throw new WorkshopError({ code: 'lab_file_missing', lab: slug, file: relative(files.shownFrom, files.handler ?? join(dir, 'handler.ts')) });
  return {
    slug,
    dir,
    consumer: consumer!,
    alarm,
    throttlesAlarm,
    handlerEntry: writeLambdaEntry(`${basename(dirname(dir))}-${slug}`, files.handler),
    stackName: stackNameFor(slug),
  };
}

/** `IteratorAgeWorkshop-<slug>`, keeping only what CloudFormation allows in a stack name. */
export function stackNameFor(slug: string): string {
  return `${STACK_NAME_PREFIX}-${slug.replace(/[^A-Za-z0-9-]/g, '-')}`.slice(0, 128);
}

/** True when `dir` is a folder the AWS target can deploy: a consumer and a handler, its own or inherited. */
export function isDeployableLabFolder(dir: string, repoRoot = REPO_ROOT): boolean {
  const files = deployableFiles(dir, repoRoot);
  return files.consumer !== undefined && files.handler !== undefined && existsSync(files.consumer) && existsSync(files.handler);
}
