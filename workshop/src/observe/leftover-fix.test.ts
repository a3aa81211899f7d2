import { describe, expect, it } from 'vitest';
import { describeArn, removalCommand, shellQuote } from './leftover-fix.js';

const R = 'us-east-1';
const fix = (arn: string) => removalCommand({ arn, ...describeArn(arn) }, R);

describe('describeArn', () => {
  it.each([
    ['arn:aws:dynamodb:us-east-1:111122223333:table/Src-1', { service: 'dynamodb', type: 'table', name: 'Src-1' }],
    ['arn:aws:lambda:us-east-1:111122223333:function:Consumer-1', { service: 'lambda', type: 'function', name: 'Consumer-1' }],
    ['arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/Fn:*', { service: 'logs', type: 'log-group', name: '/aws/lambda/Fn' }],
    ['arn:aws:sns:us-east-1:111122223333:AlarmTopic', { service: 'sns', type: '', name: 'AlarmTopic' }],
    ['arn:aws:cloudformation:us-east-1:111122223333:stack/IteratorAgeWorkshop-01/9f1c-22', { service: 'cloudformation', type: 'stack', name: 'IteratorAgeWorkshop-01' }],
    ['arn:aws:iam::111122223333:role/path/ConsumerRole', { service: 'iam', type: 'role', name: 'path/ConsumerRole' }],
  ])('GIVEN %s WHEN described THEN service, type and name are split out', (arn, expected) => {
    expect(describeArn(arn)).toMatchObject(expected);
  });
});

describe('removalCommand', () => {
  it('GIVEN a tagged table WHEN asked THEN the delete-table command names it and the Region', () => {
    expect(fix('arn:aws:dynamodb:us-east-1:111122223333:table/Src-1')).toBe('aws dynamodb delete-table --table-name Src-1 --region us-east-1');
  });

  it('GIVEN an SQS queue ARN WHEN asked THEN the queue URL is built from Region, account and name', () => {
    expect(fix('arn:aws:sqs:us-east-1:111122223333:Dlq-1')).toBe('aws sqs delete-queue --queue-url https://sqs.us-east-1.amazonaws.com/111122223333/Dlq-1 --region us-east-1');
  });

  it('GIVEN an alarm, a dashboard, a topic and an event source mapping WHEN asked THEN each gets its own delete command', () => {
    expect(fix('arn:aws:cloudwatch:us-east-1:111122223333:alarm:Lag')).toBe('aws cloudwatch delete-alarms --alarm-names Lag --region us-east-1');
    expect(fix('arn:aws:cloudwatch::111122223333:dashboard/Lab-01')).toBe('aws cloudwatch delete-dashboards --dashboard-names Lab-01 --region us-east-1');
    expect(fix('arn:aws:sns:us-east-1:111122223333:T')).toBe('aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:111122223333:T --region us-east-1');
    expect(fix('arn:aws:lambda:us-east-1:111122223333:event-source-mapping:0b1c-2d')).toBe('aws lambda delete-event-source-mapping --uuid 0b1c-2d --region us-east-1');
  });

  it('GIVEN an IAM role WHEN asked THEN there is no one-line removal (undefined: the console is the way)', () => {
    expect(fix('arn:aws:iam::111122223333:role/ConsumerRole')).toBeUndefined();
  });
});

describe('shellQuote', () => {
  it('GIVEN a plain name WHEN quoted THEN it is left as is; GIVEN a # or a quote THEN it is single-quoted safely', () => {
    expect(shellQuote('/aws/lambda/Fn-1')).toBe('/aws/lambda/Fn-1');
    expect(shellQuote('logs#1')).toBe(`'logs#1'`);
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
  });
});
