// Test support: one mocked AWS JSON server per test (aws-json-server.ts), closed after each test of the file
// that calls this at its top level with its runner's `afterEach` (passed in: test support does not import the
// runner) — so a test file never keeps a port open or shares calls across tests.
import { startMockedAwsJsonServer, type JsonAnswer, type JsonCall, type MockedAwsJsonServer } from './aws-json-server.js';

export function mockedAwsJsonServerPerTest(afterEach: (hook: () => Promise<void>) => void): (answer: (call: JsonCall) => JsonAnswer | Promise<JsonAnswer>) => Promise<MockedAwsJsonServer> {
  let server: MockedAwsJsonServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (answer) => {
    await server?.close();
    server = await startMockedAwsJsonServer(answer);
    return server;
  };
}
