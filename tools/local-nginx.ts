import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loopbackCertificate, type LoopbackCertificate } from './loopback-certificate.ts';
import { freePort, waitUntilServing } from './ports.ts';

/** Debian's nginx; `npm test` installs the package when it is missing (scripts/ensure-test-tools.sh). */
const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface NginxServer {
  /** Origin plus base path, e.g. http://127.0.0.1:40123/fzzfbg/ */
  baseUrl: string;
  /** Over HTTPS: the self-signed certificate it was served with (a client must trust it). */
  certificate?: Pick<LoopbackCertificate, 'pem' | 'spkiSha256'>;
  stop(): Promise<void>;
}

/**
 * HTTPS as the portal's front end may speak it to readers, named as browsers report the protocol.
 * Plain HTTP (the default) is what the tests use; no reader gets it.
 */
export type HttpsProtocol = 'http/1.1' | 'h2';

/** TLS for the listen line: the certificate files and whether to offer HTTP/2. */
export type ServerTls = Pick<LoopbackCertificate, 'certificateFile' | 'keyFile'> & { protocol: HttpsProtocol };

/**
 * deploy/nginx.conf with only its EDIT lines changed: a loopback port (with TLS, if asked, on the
 * same line), the document root and the base path. Throws if a line is not found exactly once, so
 * the test never runs a config that differs from the reference in anything else.
 */
export function renderServerConfig(reference: string, port: number, root: string, basePath: string, tls?: ServerTls): string {
  const listen = tls
    ? `listen 127.0.0.1:${port} ssl${tls.protocol === 'h2' ? ' http2' : ''}; ssl_certificate ${tls.certificateFile}; ssl_certificate_key ${tls.keyFile};`
    : `listen 127.0.0.1:${port};`;
  const edits: [RegExp, string][] = [
    [/^(\s*)listen\s+[^;]+;/m, `$1${listen}`],
    [/^(\s*)root\s+[^;]+;/m, `$1root ${root};`],
    [/^(\s*)set \$site_base\s+[^;]+;/m, `$1set $site_base ${basePath};`],
  ];
  return edits.reduce((config, [pattern, replacement]) => {
    const global = new RegExp(pattern.source, 'gm');
    const count = config.match(global)?.length ?? 0;
    if (count !== 1) throw new Error(`deploy/nginx.conf: expected one match of ${pattern}, found ${count}`);
    return config.replace(pattern, replacement);
  }, reference);
}

/**
 * Start the real nginx in the foreground on a free loopback port, serving `dist` under `basePath`
 * exactly as a portal would: at the domain root, or as the folder <root>/fzzfbg/ for /fzzfbg/;
 * over plain HTTP, or over HTTPS with `https` as the protocol (a certificate made for this server).
 * `config` is the reference config to serve with: deploy/nginx.conf unless a benchmark serves the
 * build of another commit with that commit's own. Everything nginx writes (pid, logs, temp files)
 * goes to a fresh temporary folder.
 */
export async function startNginx(
  dist: string,
  basePath: string,
  options: { https?: HttpsProtocol; config?: string } = {},
): Promise<NginxServer> {
  const work = mkdtempSync(join(tmpdir(), 'report-nginx-'));
  let root = resolve(dist);
  if (basePath !== '/') {
    // <root>/fzzfbg → dist, the layout deploy/README.md describes for a sub-path.
    const portalRoot = join(work, 'portal');
    const siteDir = join(portalRoot, basePath.replace(/^\/|\/$/g, ''));
    mkdirSync(join(siteDir, '..'), { recursive: true });
    symlinkSync(root, siteDir);
    root = portalRoot;
  }
  const port = await freePort();
  const tls = options.https ? { ...loopbackCertificate(work), protocol: options.https } : undefined;
  const reference = readFileSync(options.config ?? join(import.meta.dirname, '../deploy/nginx.conf'), 'utf8');
  writeFileSync(join(work, 'site.conf'), renderServerConfig(reference, port, root, basePath, tls));
  const temp = (name: string) => join(work, `${name}_temp`);
  const log = join(work, 'error.log');
  writeFileSync(join(work, 'nginx.conf'), [
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    // As root, nginx would drop to "nobody", who may not read the work tree.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${log} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${temp(name)};`),
    `  include ${join(work, 'site.conf')};`,
    '}',
    '',
  ].join('\n'));
  const nginx = spawn(nginxBinary, ['-p', work, '-e', log, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => { stderr += chunk; });
  const baseUrl = `${tls ? 'https' : 'http'}://127.0.0.1:${port}${basePath}`;
  try {
    await waitUntilServing(baseUrl, { child: nginx, timeoutMs: 15_000, trust: tls?.pem, describe: () => `${stderr}${existsSync(log) ? readFileSync(log, 'utf8') : ''}` });
  } catch (error) {
    nginx.kill('SIGTERM');
    throw error;
  }
  return {
    baseUrl,
    ...(tls ? { certificate: tls } : {}),
    stop: () => new Promise<void>((done) => {
      const finish = () => { rmSync(work, { recursive: true, force: true }); done(); };
      if (nginx.exitCode !== null) return finish();
      nginx.once('exit', finish);
      // SIGQUIT: graceful shutdown of the master and its worker.
      nginx.kill('SIGQUIT');
    }),
  };
}
