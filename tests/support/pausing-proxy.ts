import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export interface PausingProxy {
  /** The proxy's origin, e.g. http://127.0.0.1:40125 */
  origin: string;
  /**
   * From now on, send the page at `pathname` in parts, cut at each byte offset of `cuts`, with
   * `pauseMs` between one part and the next.
   */
  pauseAt(pathname: string, cuts: readonly number[], pauseMs: number): void;
  close(): Promise<void>;
}

/**
 * A loopback server in front of the site under test that sends one page in parts with a pause
 * between each, as a slow network does: the browser parses, and may paint, what it has before
 * the rest arrives. Every other request passes through unchanged (uncompressed, so that each cut
 * falls where it is asked to).
 */
export async function startPausingProxy(siteOrigin: string): Promise<PausingProxy> {
  let pause: { pathname: string; cuts: readonly number[]; pauseMs: number } | undefined;
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', siteOrigin);
      const upstream = await fetch(url, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers = [...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name));
      response.writeHead(upstream.status, Object.fromEntries(headers));
      if (pause && url.pathname === pause.pathname) {
        let sent = 0;
        for (const cut of [...pause.cuts].sort((a, b) => a - b)) {
          response.write(body.subarray(sent, cut));
          sent = cut;
          await delay(pause.pauseMs);
        }
        response.end(body.subarray(sent));
      } else {
        response.end(body);
      }
    } catch (error) {
      // The site did not answer: say so, or cut the response short if it had begun.
      if (response.headersSent) response.destroy();
      else response.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pauseAt: (pathname, cuts, pauseMs) => { pause = { pathname, cuts, pauseMs }; },
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
