// Load generator benchmark, against dynalite on 127.0.0.1 (no AWS), run in its own process like a real server:
//  1. its unpaced maximum items/s next to a bare BatchWriteItem loop with the same concurrency (goal: ratio ≥ 0.8);
//  2. its achieved rate at a 500 items/s target for 10 s (goal: within ±2 %).
// Both loops build the same items (makeSourceOrder + marshall), so the ratio measures the generator's own
// overhead: pacing, bookkeeping and retry handling. Each side runs four times, alternating which goes first;
// the best run counts. Wall-clock rates swing on a shared machine, so the client's CPU time per item
// (process.cpuUsage, this process only) is printed too: it barely moves with other load.
import { BatchWriteItemCommand, DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { spawn } from 'node:child_process';
import { marshall } from '@aws-sdk/util-dynamodb';
import { runLoad } from '../src/load/load-generator.js';
import { countItems, createLocalSourceTable } from '../src/load/local-source-table.js';
import { makeSourceOrder } from '../src/runtime/source-order.js';

/** The same shape as the tests' `LocalDynamo`, but the server runs in a child process. */
interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  close(): Promise<void>;
}

async function startDynaliteProcess(): Promise<LocalDynamo> {
  const script = "const { default: d } = await import('dynalite'); const s = d({ createTableMs: 0 }); s.listen(0, '127.0.0.1', () => console.log(s.address().port));";
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`dynalite exited with code ${code}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  return {
    endpoint,
    client,
    close: async () => {
      client.destroy();
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

interface Measured {
  readonly itemsPerSecond: number;
  /** Client CPU (user + system) per item, in microseconds. */
  readonly cpuMicrosPerItem: number;
}

async function measure(items: number, body: () => Promise<void>): Promise<Measured> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await body();
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { itemsPerSecond: (items * 1000) / elapsedMs, cpuMicrosPerItem: (used.user + used.system) / items };
}

const ITEMS = 10_000;
const CONCURRENCY = 4;
const KEYS = 100;
const ITEM_SIZE = 400; // the lab loads' size (items weigh exactly this)
const PACED_RATE = 500;
const PACED_SECONDS = 10;
const ROUNDS = 4;

let tables = 0;
async function freshTable(local: LocalDynamo): Promise<string> {
  tables += 1;
  const table = `bench-${tables}`;
  await createLocalSourceTable(local.client, table);
  return table;
}

/** The simplest correct loop: N workers, 25 items per call, resend UnprocessedItems at once. */
async function bareLoop(local: LocalDynamo, table: string, items: number): Promise<Measured> {
  const epochMs = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < items) {
      const from = next;
      const count = Math.min(25, items - from);
      next += count;
      let pending: WriteRequest[] = Array.from({ length: count }, (_, k) => ({
        PutRequest: { Item: marshall(makeSourceOrder(from + k, (from + k) % KEYS, ITEM_SIZE, epochMs)) },
      }));
      while (pending.length > 0) {
        const out = await local.client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
        pending = out.UnprocessedItems?.[table] ?? [];
      }
    }
  };
  return measure(items, async () => void (await Promise.all(Array.from({ length: CONCURRENCY }, worker))));
}

async function generator(local: LocalDynamo, table: string, items: number): Promise<Measured> {
  return measure(items, async () => {
    const stats = await runLoad({ table, items, keys: KEYS, itemSizeBytes: ITEM_SIZE, concurrency: CONCURRENCY }, { client: local.client });
    if (stats.written !== items) throw new Error(`generator wrote ${stats.written} of ${items}`);
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export async function run(): Promise<void> {
  const local = await startDynaliteProcess();
  try {
    await bareLoop(local, await freshTable(local), 5_000); // warm up the SDK, dynalite and the JIT
    await generator(local, await freshTable(local), 5_000);

    const bare: Measured[] = [];
    const gen: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternate which side goes first, so a warming (or busier) machine favours neither.
      if (round % 2 === 0) bare.push(await bareLoop(local, await freshTable(local), ITEMS));
      gen.push(await generator(local, await freshTable(local), ITEMS));
      if (round % 2 === 1) bare.push(await bareLoop(local, await freshTable(local), ITEMS));
    }
    const bestBare = Math.max(...bare.map((m) => m.itemsPerSecond));
    const bestGen = Math.max(...gen.map((m) => m.itemsPerSecond));
    const ratio = bestGen / bestBare;
    const cpuBare = Math.min(...bare.map((m) => m.cpuMicrosPerItem));
    const cpuGen = Math.min(...gen.map((m) => m.cpuMicrosPerItem));

    const pacedTable = await freshTable(local);
    const target = PACED_RATE * PACED_SECONDS;
    const paced = await runLoad(
      { table: pacedTable, items: target, ratePerSecond: PACED_RATE, keys: KEYS, itemSizeBytes: ITEM_SIZE, concurrency: CONCURRENCY },
      { client: local.client },
    );
    const counted = await countItems(local.client, pacedTable);
    const deviation = (paced.achievedRate / PACED_RATE - 1) * 100;

    console.log(`items per run: ${fmt(ITEMS)}, ${CONCURRENCY} calls in flight, ${ITEM_SIZE} B items, dynalite on 127.0.0.1`);
    console.log(`| measure | value | goal |`);
    console.log(`|---|---|---|`);
    console.log(`| bare BatchWriteItem loop, max items/s (best of ${bare.length}: ${bare.map((m) => fmt(m.itemsPerSecond)).join(', ')}) | ${fmt(bestBare)} | — |`);
    console.log(`| load generator, unpaced, max items/s (best of ${gen.length}: ${gen.map((m) => fmt(m.itemsPerSecond)).join(', ')}) | ${fmt(bestGen)} | — |`);
    console.log(`| ratio generator / bare | ${fmt(ratio, 2)} | ≥ 0.80 ${ratio >= 0.8 ? '✔' : '✘'} |`);
    console.log(`| client CPU per item, bare / generator (best run) | ${fmt(cpuBare, 1)} µs / ${fmt(cpuGen, 1)} µs (ratio ${fmt(cpuBare / cpuGen, 2)}) | — |`);
    console.log(`| paced at ${PACED_RATE}/s for ${PACED_SECONDS} s: achieved items/s | ${fmt(paced.achievedRate, 1)} (${deviation >= 0 ? '+' : ''}${fmt(deviation, 2)} %) | ±2 % ${Math.abs(deviation) <= 2 ? '✔' : '✘'} |`);
    console.log(`| paced run: written / counted by Scan / failed / retried | ${fmt(paced.written)} / ${fmt(counted)} / ${fmt(paced.failed)} / ${fmt(paced.retried)} | exact |`);
    if (paced.firstError !== undefined) console.log(`paced run's first error: ${paced.firstError}`);
  } finally {
    await local.close();
  }
}
