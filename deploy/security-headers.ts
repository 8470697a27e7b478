/**
 * The site's security policy, in one place. deploy/nginx.conf sends `responseHeaders` on every
 * response, and tests/e2e-nginx checks that the running nginx sends exactly these values and
 * that no page of the build violates them.
 *
 * The Content-Security-Policy travels as a header only, not as a per-page <meta>: no page has an
 * inline script or style (Astro bundles every script to a file, see astro.config.mjs), so the
 * policy needs no per-page hashes, and a <meta> policy would cost every page some 350 bytes of
 * incompressible hashes and could not carry frame-ancestors anyway. An inline script added
 * later is refused by the browser and fails the zero-violation test on every page.
 */

/** Only the site's own origin, everywhere. */
const self = "'self'";

/** Every directive of the policy. No third-party origin appears: the site loads nothing from outside. */
export const policyDirectives: readonly string[] = [
  `default-src ${self}`,
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval() of
  // JavaScript. Never 'unsafe-inline' or 'unsafe-eval'.
  `script-src ${self} 'wasm-unsafe-eval'`,
  `style-src ${self}`,
  // data: for small inline images
  `img-src ${self} data:`,
  `font-src ${self}`,
  // the search index (Pagefind) is fetched from the site itself
  `connect-src ${self}`,
  `worker-src ${self}`,
  `manifest-src ${self}`,
  `media-src ${self}`,
  `frame-src 'none'`,
  `object-src 'none'`,
  `base-uri ${self}`,
  `form-action ${self}`,
  `frame-ancestors 'none'`,
];

/** The Content-Security-Policy header value. */
export const contentSecurityPolicy = policyDirectives.join('; ');

/** Every security header the server sends, on every response (HTML, assets, errors). */
export const responseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  // One year; the portal's whole host is HTTPS. includeSubDomains is the portal's decision, not ours.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // For browsers that predate frame-ancestors
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache-Control for files whose name carries a content hash (dist/_astro/). */
export const hashedAssetCacheControl = 'public, max-age=31536000, immutable';

/** Cache-Control for everything else (HTML, feeds, data, search index entry): revalidate each time. */
export const revalidateCacheControl = 'no-cache';
