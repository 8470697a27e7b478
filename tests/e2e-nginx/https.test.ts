/**
 * The HTTPS servers `npm run bench` scores the site on: the real nginx with deploy/nginx.conf,
 * a throwaway certificate, and HTTP/2 or HTTP/1.1 as asked, the way a portal's front end may serve
 * readers. If the protocol were not the one named, the bench's Lighthouse tables would describe
 * another server.
 */
import { connect as connectHttp2 } from 'node:http2';
import { get } from 'node:https';
import { connect as connectTls } from 'node:tls';
import { describe, expect, test } from 'vitest';
import { responseHeaders } from '../../deploy/security-headers.ts';
import { startNginx, type HttpsProtocol, type NginxServer } from '../../tools/local-nginx.ts';
import { siteDist, siteSettings } from '../support/site-under-test.ts';

/** The protocol the server settles on when a browser offers both (ALPN). */
function negotiatedProtocol(server: NginxServer): Promise<string | false> {
  const { hostname, port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connectTls({ host: hostname, port: Number(port), ca: server.certificate!.pem, ALPNProtocols: ['h2', 'http/1.1'] }, () => {
      resolve(socket.alpnProtocol ?? false);
      socket.end();
    });
    socket.on('error', reject);
  });
}

async function withServer(protocol: HttpsProtocol, use: (server: NginxServer) => Promise<void>) {
  const server = await startNginx(siteDist, siteSettings.basePath, { https: protocol });
  try {
    await use(server);
  } finally {
    await server.stop();
  }
}

describe('nginx over HTTPS (npm run bench)', () => {
  test('HTTP/2: the home page, compressed, with the security headers', () => withServer('h2', async (server) => {
    expect(server.baseUrl).toMatch(/^https:/);
    expect(await negotiatedProtocol(server)).toBe('h2');
    const session = connectHttp2(new URL(server.baseUrl).origin, { ca: server.certificate!.pem });
    try {
      const headers = await new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
        const request = session.request({ ':path': new URL(server.baseUrl).pathname, 'accept-encoding': 'gzip' });
        request.on('response', (response) => { request.resume(); request.on('end', () => resolve(response)); });
        request.on('error', reject);
      });
      expect(headers[':status']).toBe(200);
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers['content-security-policy']).toBe(responseHeaders['Content-Security-Policy']);
    } finally {
      session.close();
    }
  }));

  test('HTTP/1.1: the server does not offer HTTP/2, and serves the home page', () => withServer('http/1.1', async (server) => {
    expect(await negotiatedProtocol(server)).toBe('http/1.1');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(server.baseUrl, { ca: server.certificate!.pem }, (response) => { response.resume(); resolve(response.statusCode); }).on('error', reject);
    });
    expect(status).toBe(200);
  }));
});
