import type { ChildProcess } from 'node:child_process';
import { get } from 'node:https';
import { createServer } from 'node:net';

/** A TCP port on the loopback interface that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The HTTP status `url` answers with; over HTTPS, trusting only the certificate `trust` (PEM). */
function statusOf(url: string, trust?: string): Promise<number> {
  if (!trust) return fetch(url).then((response) => response.status);
  return new Promise((resolve, reject) => {
    get(url, { ca: trust }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

/**
 * Wait until `url` answers (any HTTP status below 500), or fail with `describe()` (for example
 * the server's own output) once the child process exits or the time is up.
 */
export async function waitUntilServing(url: string, options: { child?: ChildProcess; timeoutMs?: number; trust?: string; describe?: () => string } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline && options.child?.exitCode == null) {
    try {
      if ((await statusOf(url, options.trust)) < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not start serving\n${options.describe?.() ?? ''}`);
}
