import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { precompressDirectory } from '../../../src/build/precompress.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('writes a valid, smaller-than-nginx gzip beside each page, style and script, and nothing beside others', async () => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  const html = `<!doctype html><html lang="zh-CN"><title>测试</title>${'<p>全面推进信访工作法治化，扎实开展信访问题源头治理和积案化解。</p>'.repeat(40)}`;
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'tiny.css'), 'p{margin:0}');
  writeFileSync(join(dir, 'index.pf_index'), gzipSync('already compressed'));
  writeFileSync(join(dir, '2024.json'), JSON.stringify({ text: html }));
  mkdirSync(join(dir, 'qr'));
  writeFileSync(join(dir, 'qr/index.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h1v1H0z"/>'.repeat(40)}</svg>`);

  await precompressDirectory(dir);

  const compressed = readFileSync(join(dir, 'index.html.gz'));
  expect(gunzipSync(compressed).toString()).toBe(html);
  expect(compressed.length).toBeLessThan(gzipSync(html, { level: 6 }).length);
  expect(existsSync(join(dir, 'tiny.css.gz'))).toBe(false);
  expect(existsSync(join(dir, 'index.pf_index.gz'))).toBe(false);
  // Data files are left to the server's on-the-fly gzip
  expect(existsSync(join(dir, '2024.json.gz'))).toBe(false);
  // Page QR codes are not on a first visit: one per page, compressed on the fly
  expect(existsSync(join(dir, 'qr/index.svg.gz'))).toBe(false);
});
