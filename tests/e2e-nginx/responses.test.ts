/**
 * What the real nginx, configured by deploy/nginx.conf, sends for every file of the build:
 * the security headers of deploy/security-headers.ts, caching, MIME types, compression, 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { hashedAssetCacheControl, responseHeaders, revalidateCacheControl } from '../../deploy/security-headers.ts';
import { distFiles } from '../../src/build/dist-files.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { allPages, siteDist as distDir } from '../support/site-under-test.ts';

/** MIME type expected for each file extension the build may contain. */
const expectedTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css',
  // nginx names the charset of text types in its charset_types (deploy/nginx.conf: charset utf-8)
  js: 'application/javascript; charset=utf-8',
  json: 'application/json',
  xml: 'text/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
  wasm: 'application/wasm',
  // Pagefind's own files, stored unpacked with their gzip beside them (src/search/build/bundle.ts)
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Types nginx must gzip (text/html is always compressed). */
const compressedTypes = ['text/html', 'text/css', 'application/javascript', 'application/json', 'text/xml', 'text/plain', 'text/csv', 'image/svg+xml', 'application/manifest+json', 'application/wasm'];

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(responseHeaders)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

function urlOf(file: string): string {
  return pageUrl(file.replace(/(^|\/)index\.html$/, '$1'));
}

describe.each(distFiles(distDir))('/%s', (file) => {
  const extension = file.slice(file.lastIndexOf('.') + 1);

  test('is served with its MIME type, the security headers, caching and compression', async () => {
    expect(Object.keys(expectedTypes), `no expected MIME type for .${extension}: add it here and to deploy/nginx.conf`).toContain(extension);
    const response = await fetch(urlOf(file), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(expectedTypes[extension]);
    expectSecurityHeaders(response);
    const hashed = file.startsWith('_astro/');
    expect(response.headers.get('cache-control')).toBe(hashed ? hashedAssetCacheControl : revalidateCacheControl);
    const type = expectedTypes[extension].split(';')[0];
    const precompressed = existsSync(join(distDir, `${file}.gz`));
    if (precompressed || (compressedTypes.includes(type) && statSync(join(distDir, file)).size >= 256)) {
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
    } else {
      expect(response.headers.get('content-encoding')).toBeNull();
    }
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(distDir, file)))).toBe(true);
  });
});

test('text files and the search index go out as the build precompressed them (.gz beside each, gzip_static)', async () => {
  const precompressed = distFiles(distDir).filter((file) => existsSync(join(distDir, `${file}.gz`)));
  expect(precompressed).toEqual(expect.arrayContaining(['index.html', '404.html', 'pagefind/wasm.unknown.pagefind']));
  for (const file of precompressed) {
    const sent = await rawGet(urlOf(file));
    expect(sent.equals(readFileSync(join(distDir, `${file}.gz`))), file).toBe(true);
  }
});

/** The body exactly as nginx sends it to a client that accepts gzip (fetch would decompress it). */
function rawGet(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

describe('every page', () => {
  test.each(allPages().filter((path) => path !== '404.html'))('/%s is HTML that is revalidated on every visit', async (path) => {
    const response = await fetch(pageUrl(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(revalidateCacheControl);
    expect(response.headers.get('etag')).toBeTruthy();
  });

  test('a page without its trailing slash redirects, relative to the host, to the page', async () => {
    const page = allPages().find((path) => path.endsWith('/'))!;
    const response = await fetch(pageUrl(page.replace(/\/$/, '')), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(new URL(pageUrl(page)).pathname);
    expectSecurityHeaders(response);
  });

  test('a hashed asset revalidated with its ETag stays immutable', async () => {
    const asset = distFiles(distDir).find((file) => file.startsWith('_astro/'))!;
    const first = await fetch(urlOf(asset));
    const again = await fetch(urlOf(asset), { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(hashedAssetCacheControl);
  });
});

describe('a missing URL', () => {
  test.each(['no-such-page/', '2024/no-such-section/', '_astro/no-such-file.css'])('/%s gets the site 404 page, status 404, no caching', async (path) => {
    const response = await fetch(pageUrl(path));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(revalidateCacheControl);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
  });
});
