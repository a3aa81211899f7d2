import type { DoctorLine } from '../doctor-checks.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { translator } from '../../i18n/bilingual.js';

interface DoctorOptions {
  readonly profile?: string;
  readonly region?: string;
}

const MARK: Readonly<Record<DoctorLine['status'], string>> = { ok: '✔', fail: '✖', skip: '–' };

/**
 * `workshop doctor`: one line per check (Node, install, AWS Region, credentials, CDK bootstrap), each ✔, ✖ with
 * the exact fix, or – when optional. Offline it ends in seconds: no instance-metadata lookup, short timeouts.
 * Exit code 1 when any line is ✖.
 */
export const registerDoctor: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('doctor')
    .description(t('Check that this machine is ready for the workshop, and say how to fix what is not.', 'Verifica se esta máquina está pronta para a oficina e diz como corrigir o que falta.'))
    .addOption(awsRegionOption(ctx))
    .addOption(awsProfileOption(ctx))
    .action(async (options: DoctorOptions) => {
      const [{ checkAws, checkInstall, checkNode }, { sdkProbe }] = await Promise.all([import('../doctor-checks.js'), import('../../infra/aws-preflight.js')]);
      const lines: DoctorLine[] = [checkNode(ctx.repoRoot, process.version, ctx.language), checkInstall(ctx.repoRoot, ctx.language)];
      const target = {
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        ...(options.region === undefined ? {} : { region: options.region }),
      };
      // One try, 2-second timeouts: doctor must answer quickly on a machine without network.
      const quickProbe = sdkProbe({ timeoutMs: 2_000, maxAttempts: 1 });
      lines.push(...(await withoutInstanceMetadata(() => checkAws(target, quickProbe, ctx.language))));
      for (const line of lines) ctx.out(`${MARK[line.status]} ${line.text}`);
      if (lines.some((line) => line.status === 'fail')) process.exitCode = 1;
    });
};

/** The SDK would otherwise try the EC2 instance metadata service and wait for it to time out. */
async function withoutInstanceMetadata<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env['AWS_EC2_METADATA_DISABLED'];
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env['AWS_EC2_METADATA_DISABLED'];
    else process.env['AWS_EC2_METADATA_DISABLED'] = before;
  }
}
