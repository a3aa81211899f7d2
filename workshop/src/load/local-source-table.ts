import { CreateTableCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * A source table shaped like the deployed one (pk + sk strings, on-demand), for local servers such as
 * dynalite: the tests and the benchmark write to it. Real stacks create theirs with CDK.
 */
export async function createLocalSourceTable(client: Pick<DynamoDBClient, 'send'>, table: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
}

/** Counts the items in `table` with Scan (Select COUNT), following every page. */
export async function countItems(client: Pick<DynamoDBClient, 'send'>, table: string): Promise<number> {
  let total = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, Select: 'COUNT', ExclusiveStartKey: startKey }));
    total += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return total;
}
