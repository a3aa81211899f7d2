import { createServer } from 'node:net';

/** Whether `port` can be listened on at `host` right now. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** `preferred`, or the next free port after it (at most `attempts` tried). */
export async function findFreePort(preferred: number, host = '127.0.0.1', attempts = 50): Promise<number> {
  for (let port = preferred; port < preferred + attempts; port += 1) {
    if (await isPortFree(port, host)) return port;
  }
  throw new Error(`No free port on ${host} between ${preferred} and ${preferred + attempts - 1}.`);
}
