import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveConsumerSettings, validateConsumerSettings, type ConsumerSettingsInput } from './consumer-settings.js';
import { seconds } from './duration.js';

const base: ConsumerSettingsInput = { startingPosition: 'TRIM_HORIZON' };

type Case = readonly [field: string, min: number, max: number, make: (n: number) => Partial<ConsumerSettingsInput>];
const ranges: readonly Case[] = [
  ['batchSize', 1, 10_000, (n) => ({ batchSize: n })],
  ['parallelizationFactor', 1, 10, (n) => ({ parallelizationFactor: n })],
  ['maxBatchingWindow', 0, 300, (n) => ({ maxBatchingWindow: seconds(n) })],
  ['retryAttempts', 0, 10_000, (n) => ({ retryAttempts: n })],
  ['maxRecordAge', 60, 604_800, (n) => ({ maxRecordAge: seconds(n) })],
  ['reservedConcurrency', 0, 1_000, (n) => ({ reservedConcurrency: n })],
  ['memorySize', 128, 10_240, (n) => ({ memorySize: n })],
  ['timeout', 1, 900, (n) => ({ timeout: seconds(n) })],
];

describe('resolveConsumerSettings — ranges (inclusive, both ends)', () => {
  it.each(ranges)('GIVEN %s at its minimum %d and maximum %d WHEN resolved THEN accepted', (_field, min, max, make) => {
    expect(() => resolveConsumerSettings({ ...base, ...make(min) })).not.toThrow();
    expect(() => resolveConsumerSettings({ ...base, ...make(max) })).not.toThrow();
  });

  it.each(ranges)('GIVEN %s one below %d or one above %d WHEN resolved THEN out_of_range with the bounds and the value', (field, min, max, make) => {
    for (const got of [min - 1, max + 1]) {
      expect(validateConsumerSettings({ ...base, ...make(got) })).toEqual([
        expect.objectContaining({ code: 'out_of_range', field, min, max, inclusive: true, got }),
      ]);
    }
  });
});

describe('resolveConsumerSettings — defaults and other checks', () => {
  it('GIVEN only a starting position WHEN resolved THEN the AWS defaults (BatchSize 100, PF 1, window 0 s)', () => {
    const settings = resolveConsumerSettings(base);
    expect(settings).toMatchObject({ batchSize: 100, parallelizationFactor: 1, maxBatchingWindow: { seconds: 0 }, retryAttempts: undefined, maxRecordAge: undefined });
  });

  it('GIVEN parallelizationFactor 0 (the seed article\'s "default") WHEN resolved THEN refused: 1 to 10', () => {
    expect(() => resolveConsumerSettings({ ...base, parallelizationFactor: 0 })).toThrow(WorkshopError);
  });

  it('GIVEN batchSize 12000 WHEN formatted in English THEN it names the bounds, inclusive, and the value', () => {
    const [issue] = validateConsumerSettings({ ...base, batchSize: 12_000 });
    expect(formatIssue(issue!, 'en').message).toBe('batchSize must be between 1 and 10,000 inclusive, got 12,000.');
  });

  it('GIVEN batchSize 12000 WHEN formatted in Portuguese THEN the same facts in pt-BR', () => {
    const [issue] = validateConsumerSettings({ ...base, batchSize: 12_000 });
    expect(formatIssue(issue!, 'pt-BR').message).toBe('batchSize deve estar entre 1 e 10.000 (inclusive); valor recebido: 12.000.');
  });

  it('GIVEN batchSize 10.5 WHEN validated THEN not_integer', () => {
    expect(validateConsumerSettings({ ...base, batchSize: 10.5 })).toEqual([{ code: 'not_integer', field: 'batchSize', got: 10.5 }]);
  });

  it('GIVEN startingPosition AT_TIMESTAMP (Kinesis only) WHEN validated THEN invalid_choice listing the two allowed', () => {
    const input = { startingPosition: 'AT_TIMESTAMP' } as unknown as ConsumerSettingsInput;
    expect(validateConsumerSettings(input)).toEqual([
      { code: 'invalid_choice', field: 'startingPosition', allowed: ['TRIM_HORIZON', 'LATEST'], got: 'AT_TIMESTAMP' },
    ]);
  });

  it('GIVEN a misspelt field WHEN validated THEN unknown_setting', () => {
    const input = { ...base, batchsize: 100 } as unknown as ConsumerSettingsInput;
    expect(validateConsumerSettings(input)).toEqual([expect.objectContaining({ code: 'unknown_setting', field: 'batchsize' })]);
  });

  it('GIVEN no startingPosition WHEN validated THEN missing_setting', () => {
    expect(validateConsumerSettings({} as ConsumerSettingsInput)).toEqual([{ code: 'missing_setting', field: 'startingPosition' }]);
  });
});

describe('validateConsumerSettings — an on-failure destination needs a retry bound', () => {
  it('GIVEN onFailure sqs with neither retryAttempts nor maxRecordAge WHEN validated THEN unbounded_on_failure, in both languages', () => {
    const issues = validateConsumerSettings({ ...base, onFailure: 'sqs' });
    expect(issues).toEqual([{ code: 'unbounded_on_failure', destination: 'sqs' }]);
    expect(formatIssue(issues[0]!, 'en').message).toContain('nothing bounds the retries');
    expect(formatIssue(issues[0]!, 'en').hint).toContain('retryAttempts');
    expect(formatIssue(issues[0]!, 'pt-BR').message).toContain('nada limita as novas tentativas');
    expect(() => resolveConsumerSettings({ ...base, onFailure: 'sqs' })).toThrow(WorkshopError);
  });

  it('GIVEN onFailure sqs with retryAttempts 2, or with maxRecordAge 1 h WHEN validated THEN accepted', () => {
    expect(validateConsumerSettings({ ...base, onFailure: 'sqs', retryAttempts: 2 })).toEqual([]);
    expect(validateConsumerSettings({ ...base, onFailure: 's3', maxRecordAge: seconds(3_600) })).toEqual([]);
  });

  it('GIVEN onFailure none and no bound (AWS defaults) WHEN validated THEN accepted', () => {
    expect(validateConsumerSettings({ ...base, onFailure: 'none' })).toEqual([]);
  });

  it('GIVEN maxRecordAge 59 s with a destination WHEN validated THEN out_of_range naming 60 s', () => {
    const [issue] = validateConsumerSettings({ ...base, onFailure: 'sqs', maxRecordAge: seconds(59) });
    expect(issue).toMatchObject({ code: 'out_of_range', field: 'maxRecordAge', min: 60, got: 59 });
  });
});

describe('validateConsumerSettings — AWS API values where the lab settings take CDK forms', () => {
  it.each([-1, 3_600])('GIVEN maxRecordAge %s (a bare number, as in the API) WHEN validated THEN duration_expected, and it does not count as a retry bound', (got) => {
    const input = { startingPosition: 'TRIM_HORIZON', maxRecordAge: got, onFailure: 'sqs' } as unknown as ConsumerSettingsInput;
    const issues = validateConsumerSettings(input);
    expect(issues).toContainEqual({ code: 'duration_expected', field: 'maxRecordAge', got: String(got) });
    const en = formatIssue(issues.find((i) => i.code === 'duration_expected')!, 'en');
    expect(en.message).toBe(`maxRecordAge must be a duration, such as seconds(60) or hours(1), got ${got}.`);
    expect(en.hint).toContain("AWS's -1 (no age limit) is what leaving maxRecordAge unset gives.");
    expect(formatIssue(issues.find((i) => i.code === 'duration_expected')!, 'pt-BR').message).toBe(`maxRecordAge deve ser uma duração, como seconds(60) ou hours(1); valor recebido: ${got}.`);
  });

  it('GIVEN retryAttempts -1 (the API\'s "infinite") WHEN formatted THEN out_of_range 0–10,000, and the hint says leaving it unset is -1', () => {
    const [issue] = validateConsumerSettings({ startingPosition: 'TRIM_HORIZON', retryAttempts: -1 });
    expect(issue).toMatchObject({ code: 'out_of_range', field: 'retryAttempts', min: 0, max: 10_000, got: -1 });
    expect(formatIssue(issue!, 'en').hint).toBe("AWS's -1 (retry until the records expire) is what leaving retryAttempts unset gives; to bound the retries, pick a value from 0 to 10,000.");
    expect(formatIssue(issue!, 'pt-BR').hint).toBe('O -1 da AWS (tentar até os registros expirarem) é o que você tem deixando retryAttempts sem valor; para limitar as tentativas, escolha um valor de 0 a 10.000.');
  });

  it('GIVEN retryAttempts 10,001 WHEN formatted THEN the usual range hint', () => {
    const [issue] = validateConsumerSettings({ startingPosition: 'TRIM_HORIZON', retryAttempts: 10_001 });
    expect(formatIssue(issue!, 'en').hint).toBe('Pick a value from 0 to 10,000.');
  });
});
