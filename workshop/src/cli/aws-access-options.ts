import { Option } from 'commander';
import { say, type CliContext } from './cli-context.js';

/**
 * `--region` and `--profile`, worded once for every command that talks to AWS. `aws-target`: the command
 * also runs locally, so the options say they only matter with `--target aws`.
 */
type Scope = 'always' | 'aws-target';

export function awsRegionOption(ctx: CliContext, scope: Scope = 'always'): Option {
  const prefix = scope === 'aws-target' ? 'aws: ' : '';
  return new Option('--region <region>', prefix + say(ctx, { en: "AWS Region (default: AWS_REGION or the profile's Region)", 'pt-BR': 'Região AWS (padrão: AWS_REGION ou a Região do perfil)' }));
}

export function awsProfileOption(ctx: CliContext, scope: Scope = 'always'): Option {
  const prefix = scope === 'aws-target' ? 'aws: ' : '';
  return new Option('--profile <name>', prefix + say(ctx, { en: 'AWS profile to use (default: AWS_PROFILE, else the profile "default")', 'pt-BR': 'perfil AWS a usar (padrão: AWS_PROFILE, senão o perfil "default")' }));
}
