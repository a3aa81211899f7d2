// What we deploy is tested as deployed: each lab's Lambda entry (written at synth around the handler the lab
// loader resolves) is bundled the way NodejsFunction bundles it (esbuild, ESM, @aws-sdk/* left to the runtime),
// the bundle is imported, and its `handler` writes to a real DynamoDB API (dynalite on loopback, no AWS).
import { CreateTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEvent } from '../labs/core/check-kit.js';
import { hasTask, LAB_CATALOG } from '../labs/core/lab-catalog.js';
import { startLocalDynamo, type LocalDynamo } from '../testing/dynalite-server.js';
import { loadLabDefinition } from './lab-definition.js';
import { REPO_ROOT } from './lambda-entry.js';

const BUNDLES = join(REPO_ROOT, '.workshop', 'lambda-bundles');
let dynamo: LocalDynamo;
const saved = { ...process.env };

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  mkdirSync(BUNDLES, { recursive: true });
  // The Lambda environment, pointed at dynalite: the bundle builds its own DynamoDBClient from it.
  Object.assign(process.env, { AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint });
});
afterAll(async () => {
  process.env = saved;
  await dynamo.close();
});

describe.each(LAB_CATALOG.filter(hasTask).map((lab) => lab.slug))('the Lambda bundle of solutions/%s (esbuild as NodejsFunction, dynalite)', (slug) => {
  it('GIVEN the bundled entry WHEN its handler gets INSERT, MODIFY and REMOVE records THEN the results table holds a row for each, the REMOVE as DELETED', async () => {
    const lab = await loadLabDefinition(join(REPO_ROOT, 'solutions', slug));
    const outfile = join(BUNDLES, `${slug}.mjs`);
    await build({ entryPoints: [lab.handlerEntry], bundle: true, platform: 'node', format: 'esm', target: 'node22', external: ['@aws-sdk/*'], outfile, logLevel: 'silent' });
    console.info(`${slug}: bundle ${statSync(outfile).size} bytes`);
    const table = `results-${slug}`;
    await dynamo.client.send(new CreateTableCommand({
      TableName: table, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    }));
    process.env['RESULTS_TABLE_NAME'] = table;
    const { handler } = (await import(`${pathToFileURL(outfile).href}?${Date.now()}`)) as { handler: (event: unknown) => Promise<unknown> };
    await handler(sampleEvent(['INSERT', 'MODIFY', 'REMOVE']));
    const rows = (await dynamo.client.send(new ScanCommand({ TableName: table }))).Items ?? [];
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row['status']?.S === 'DELETED')).toHaveLength(1);
  });
});
