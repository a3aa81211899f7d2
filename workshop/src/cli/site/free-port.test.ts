import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, isPortFree } from './free-port.js';

let busy: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (busy ? busy.close(() => resolve()) : resolve()));
  busy = undefined;
});

function occupy(): Promise<number> {
  return new Promise((resolve) => {
    busy = createServer();
    busy.listen(0, '127.0.0.1', () => {
      const address = busy!.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

describe('findFreePort (real loopback sockets)', () => {
  it('GIVEN a port in use WHEN asked for it THEN isPortFree says no', async () => {
    const port = await occupy();
    expect(await isPortFree(port)).toBe(false);
  });

  it('GIVEN the preferred port in use WHEN looking for one THEN the next free port after it is chosen', async () => {
    const port = await occupy();
    const chosen = await findFreePort(port);
    expect(chosen).toBeGreaterThan(port);
    expect(await isPortFree(chosen)).toBe(true);
  });
});
