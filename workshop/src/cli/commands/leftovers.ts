import { join } from 'node:path';
import { WorkshopError, isWorkshopError } from '../../errors/workshop-error.js';
import type { LeftoverClients } from '../../observe/leftover-scan.js';
import { sdkClientOptions, type SdkClientOptions } from '../aws-client-options.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { translator } from '../../i18n/bilingual.js';

interface LeftoversOptions {
  readonly region?: string;
  readonly profile?: string;
}

type Clients = LeftoverClients & { readonly destroy: () => void };

/** What the command talks to; tests pass mocked clients, the CLI the real SDK clients. */
export interface LeftoversDeps {
  readonly clients: (options: SdkClientOptions) => Clients | Promise<Clients>;
  /** The Region the SDK would use (flag, AWS_REGION, the profile), or undefined when none is set anywhere. */
  readonly region: (options: SdkClientOptions) => Promise<string | undefined>;
}

/** Builds `workshop leftovers` on the given clients (the real ones by default, see {@link registerLeftovers}). */
export function makeRegisterLeftovers(deps: LeftoversDeps): RegisterCommand {
  return (program, ctx) => {
    const t = translator(ctx.language);
    program
      .command('leftovers')
      .description(t(
        'Prove a clean-up left nothing behind: tagged resources, IteratorAgeWorkshop-* stacks and log groups, with the command that removes each (exit 1 when something is left).',
        'Prova que a limpeza não deixou nada para trás: recursos com tag, stacks IteratorAgeWorkshop-* e grupos de logs, com o comando que remove cada um (sai com 1 se algo sobrou).',
      ))
      .addOption(awsRegionOption(ctx))
      .addOption(awsProfileOption(ctx))
      .action(async (options: LeftoversOptions) => {
        const [{ scanLeftovers }, { isDeployableLabFolder }, { leftoverLines }] = await Promise.all([
          import('../../observe/leftover-scan.js'), import('../../infra/lab-definition.js'), import('../leftovers-text.js'),
        ]);
        const clientOptions: SdkClientOptions = { ...sdkClientOptions(options, ctx.env), maxAttempts: 3 };
        const report = await withoutInstanceMetadata(async () => {
          const region = await deps.region(clientOptions);
          if (region === undefined || region === '') throw new WorkshopError({ code: 'missing_region' });
          const clients = await deps.clients({ ...clientOptions, region });
          try {
            return await scanLeftovers({ region, clients });
          } catch (error) {
            if (isWorkshopError(error) && error.issue.code === 'missing_credentials' && options.profile !== undefined) {
              throw new WorkshopError({ code: 'missing_credentials', profile: options.profile }, { cause: error });
            }
            throw error;
          } finally {
            clients.destroy();
          }
        });
        const lines = leftoverLines(report, {
          language: ctx.language,
          labFolder: (lab) => (isDeployableLabFolder(join(ctx.repoRoot, 'labs', lab), ctx.repoRoot) ? `labs/${lab}` : undefined),
          ...(options.profile === undefined ? {} : { profile: options.profile }),
        });
        for (const line of lines) ctx.out(line);
        if (!report.clean) process.exitCode = 1;
      });
  };
}

/**
 * Without credentials the SDK would end its search at the EC2 instance metadata service and wait for it to time out.
 * A learner who set AWS_EC2_METADATA_DISABLED themselves (e.g. `false` on an EC2 instance with a role) keeps it.
 */
async function withoutInstanceMetadata<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env['AWS_EC2_METADATA_DISABLED'];
  if (before === undefined) process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env['AWS_EC2_METADATA_DISABLED'];
  }
}

/** Short timeouts: a machine without network gets an answer in seconds, not minutes. */
const REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 15_000 } as const;

/** `workshop leftovers` on the real AWS SDK clients, imported when the command runs. */
export const registerLeftovers: RegisterCommand = makeRegisterLeftovers({
  clients: async (options) => {
    const [{ CloudFormationClient }, { CloudWatchLogsClient }, { ResourceGroupsTaggingAPIClient }] = await Promise.all([
      import('@aws-sdk/client-cloudformation'), import('@aws-sdk/client-cloudwatch-logs'), import('@aws-sdk/client-resource-groups-tagging-api'),
    ]);
    const config = { ...options, requestHandler: REQUEST_HANDLER };
    const tagging = new ResourceGroupsTaggingAPIClient(config);
    const cloudFormation = new CloudFormationClient(config);
    const logs = new CloudWatchLogsClient(config);
    return {
      tagging,
      cloudFormation,
      logs,
      destroy: () => {
        tagging.destroy();
        cloudFormation.destroy();
        logs.destroy();
      },
    };
  },
  region: async (options) => {
    if (options.region) return options.region;
    const { CloudFormationClient } = await import('@aws-sdk/client-cloudformation');
    const probe = new CloudFormationClient(options.profile === undefined ? {} : { profile: options.profile });
    try {
      return await probe.config.region();
    } catch {
      return undefined;
    } finally {
      probe.destroy();
    }
  },
});
