// Test support: a mocked AWS service on 127.0.0.1 speaking the AWS JSON protocol (DynamoDB Streams, SQS), so the
// real SDK clients serialize requests and parse answers (Dates, base64 blobs, modeled errors) as against AWS.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the server received: the operation (`GetRecords`, `ReceiveMessage`, ...) and its JSON input. */
export interface JsonCall {
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

/** An answer: a JSON body, or an error as AWS sends it (`__type` and message; SQS adds its query-error code). */
export type JsonAnswer = { readonly body: unknown } | { readonly error: string; readonly message: string; readonly status?: number; readonly queryError?: string };

export interface MockedAwsJsonServer {
  /** e.g. http://127.0.0.1:41234, for the client's `endpoint`. */
  readonly endpoint: string;
  readonly calls: JsonCall[];
  close(): Promise<void>;
}

/** Starts a server that answers each call with `answer(call)` (recorded in `calls`). */
export async function startMockedAwsJsonServer(answer: (call: JsonCall) => JsonAnswer | Promise<JsonAnswer>): Promise<MockedAwsJsonServer> {
  const calls: JsonCall[] = [];
  const server = createServer((request, response) => {
    void readBody(request).then(async (text) => {
      const target = String(request.headers['x-amz-target'] ?? '');
      const call: JsonCall = { operation: target.split('.').pop() ?? target, input: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
      calls.push(call);
      const reply = await answer(call);
      const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `req-${calls.length}` };
      if ('error' in reply) {
        if (reply.queryError) headers['x-amzn-query-error'] = reply.queryError;
        response.writeHead(reply.status ?? 400, headers).end(JSON.stringify({ __type: reply.error, message: reply.message }));
      } else {
        response.writeHead(200, headers).end(JSON.stringify(reply.body));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Options for a real SDK client pointed at the mocked server: dummy keys, one attempt. */
export function mockedClientOptions(endpoint: string) {
  return { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 } as const;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}
