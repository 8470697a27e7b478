import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hashedAssetCacheControl, responseHeaders, revalidateCacheControl } from '../../../deploy/security-headers.ts';
import { renderServerConfig } from '../../../tools/local-nginx.ts';

const reference = readFileSync(join(process.cwd(), 'deploy/nginx.conf'), 'utf8');

/** `add_header Name "value" always;` lines of the config, as name → value */
function addedHeaders(config: string): Map<string, string> {
  return new Map([...config.matchAll(/^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))\s+always;/gm)]
    .map((match) => [match[1], match[2] ?? match[3]]));
}

describe('deploy/nginx.conf', () => {
  test('sends exactly the security headers of deploy/security-headers.ts, always', () => {
    const headers = addedHeaders(reference);
    headers.delete('Cache-Control');
    expect(Object.fromEntries(headers)).toEqual(responseHeaders);
    expect(reference.match(/^\s*add_header\b/gm)).toHaveLength(Object.keys(responseHeaders).length + 1);
  });

  test('sets Cache-Control from the two values of deploy/security-headers.ts', () => {
    expect(addedHeaders(reference).get('Cache-Control')).toBe('$report_cache_control');
    expect(reference).toContain(`"${hashedAssetCacheControl}"`);
    expect(reference).toContain(`"${revalidateCacheControl}"`);
  });

  test('adds no header inside a location, where nginx would drop the server-level ones', () => {
    const firstLocation = reference.search(/^\s*location\b/m);
    expect(firstLocation).toBeGreaterThan(0);
    expect(reference.slice(firstLocation)).not.toMatch(/add_header/);
  });
});

describe('renderServerConfig', () => {
  test('changes only the port, the root and the base path', () => {
    const rendered = renderServerConfig(reference, 40123, '/tmp/portal', '/fzzfbg/');
    expect(rendered).toMatch(/^\s*listen 127\.0\.0\.1:40123;/m);
    expect(rendered).toMatch(/^\s*root \/tmp\/portal;/m);
    expect(rendered).toMatch(/^\s*set \$site_base \/fzzfbg\/;/m);
    const changed = rendered.split('\n').filter((line, index) => line !== reference.split('\n')[index]);
    expect(changed).toHaveLength(3);
  });

  test('over HTTPS, adds TLS to the listen line only, and HTTP/2 only when asked', () => {
    const tls = { certificateFile: '/tmp/n/loopback.crt', keyFile: '/tmp/n/loopback.key' };
    const http2 = renderServerConfig(reference, 40123, '/tmp/portal', '/fzzfbg/', { ...tls, protocol: 'h2' });
    expect(http2).toMatch(/^\s*listen 127\.0\.0\.1:40123 ssl http2; ssl_certificate \/tmp\/n\/loopback\.crt; ssl_certificate_key \/tmp\/n\/loopback\.key;/m);
    expect(http2.split('\n').filter((line, index) => line !== reference.split('\n')[index])).toHaveLength(3);
    const http1 = renderServerConfig(reference, 40123, '/tmp/portal', '/', { ...tls, protocol: 'http/1.1' });
    expect(http1).toMatch(/^\s*listen 127\.0\.0\.1:40123 ssl; ssl_certificate /m);
    expect(http1).not.toMatch(/http2/);
  });

  test('refuses a config where a line to change is missing or repeated', () => {
    expect(() => renderServerConfig(reference.replace(/^\s*root\s+[^;]+;/m, ''), 1, '/r', '/')).toThrow(/root/);
    expect(() => renderServerConfig(`${reference}\nserver {\n    listen 81;\n}\n`, 1, '/r', '/')).toThrow(/found 2/);
  });
});
