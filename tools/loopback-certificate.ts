import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoopbackCertificate {
  /** paths of the certificate and its key, for nginx */
  certificateFile: string;
  keyFile: string;
  /** the certificate itself (PEM): a client trusts this and nothing else */
  pem: string;
  /** base64 SHA-256 of its public key, for Chromium's --ignore-certificate-errors-spki-list */
  spkiSha256: string;
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, made by Debian's openssl in `dir`: enough
 * for nginx to serve the built site over HTTPS on loopback, as the portal's front end serves it
 * to readers.
 */
export function loopbackCertificate(dir: string): LoopbackCertificate {
  const certificateFile = join(dir, 'loopback.crt');
  const keyFile = join(dir, 'loopback.key');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certificateFile,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const pem = readFileSync(certificateFile, 'utf8');
  const publicKey = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return { certificateFile, keyFile, pem, spkiSha256: createHash('sha256').update(publicKey).digest('base64') };
}
