import { describe, expect, it } from 'vitest';
import { isLocalEndpoint, sdkClientOptions } from './aws-client-options.js';

describe('sdkClientOptions', () => {
  it('GIVEN --endpoint and no credentials in the environment WHEN built THEN dummy keys and us-east-1 are used (no AWS account needed)', () => {
    expect(sdkClientOptions({ endpoint: 'http://127.0.0.1:8000' }, {})).toEqual({
      maxAttempts: 1,
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:8000',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });

  it('GIVEN --endpoint and AWS_PROFILE set WHEN built THEN the learner\'s own credentials are kept', () => {
    expect(sdkClientOptions({ endpoint: 'http://127.0.0.1:8000' }, { AWS_PROFILE: 'dev' })).not.toHaveProperty('credentials');
  });

  it('GIVEN no endpoint WHEN built THEN --region wins over AWS_REGION and --profile is passed on', () => {
    expect(sdkClientOptions({ region: 'sa-east-1', profile: 'dev' }, { AWS_REGION: 'us-east-1' })).toEqual({ maxAttempts: 1, region: 'sa-east-1', profile: 'dev' });
  });

  it('GIVEN no region anywhere WHEN built THEN none is set (the SDK reads the profile; a missing one becomes missing_region)', () => {
    expect(sdkClientOptions({}, {})).toEqual({ maxAttempts: 1 });
  });
});

describe('isLocalEndpoint', () => {
  it.each([
    ['http://127.0.0.1:4567', true],
    ['http://localhost:8000', true],
    ['http://[::1]:8000', true],
    ['https://dynamodb.us-east-1.amazonaws.com', false],
    ['not a url', false],
  ])('GIVEN %s WHEN checked THEN %s', (endpoint, local) => {
    expect(isLocalEndpoint(endpoint)).toBe(local);
  });
});
