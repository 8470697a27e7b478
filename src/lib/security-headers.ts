/**
 * The site's security policy, in one place. Two consumers:
 *
 * - astro.config.mjs gives `pagePolicyDirectives` and `scriptSources` to Astro's `security.csp`,
 *   which writes a per-page <meta http-equiv="content-security-policy"> with the SHA-256 hashes of
 *   every script and style Astro emits, so inline scripts never need 'unsafe-inline' and nobody
 *   maintains hashes by hand.
 * - deploy/nginx.conf sends `responseHeaders` on every response; tests/e2e-nginx checks that the
 *   running nginx sends exactly these values.
 *
 * A browser enforces both policies (meta and header) and a resource must pass each. So the header
 * policy holds only what a <meta> cannot carry (frame-ancestors) plus directives that never need a
 * per-page hash, and it never names script-src or style-src, which only the meta policy can hash.
 */

/** Only the site's own origin, everywhere. */
const self = "'self'";

/**
 * Directives of the per-page policy besides script-src and style-src, which Astro writes itself.
 * No third-party origin appears anywhere: the site loads nothing from outside.
 */
export const pagePolicyDirectives: readonly string[] = [
  `default-src ${self}`,
  // data: for small inline images such as generated QR codes
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
];

/**
 * script-src sources besides the automatic hashes. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly; it does not allow eval() of JavaScript. Never 'unsafe-inline' or 'unsafe-eval'.
 */
export const scriptSources: readonly string[] = [self, "'wasm-unsafe-eval'"];

/** style-src sources besides the automatic hashes. */
export const styleSources: readonly string[] = [self];

/**
 * The policy nginx sends as a header. frame-ancestors is ignored in a <meta> policy, so it must
 * come from the server; the other directives repeat the meta policy's so that a page whose <meta>
 * were lost still cannot load plugins, change its base URL or post forms elsewhere.
 */
export const headerPolicy = [
  `frame-ancestors 'none'`,
  `object-src 'none'`,
  `base-uri ${self}`,
  `form-action ${self}`,
].join('; ');

/** Every security header the server sends, on every response (HTML, assets, errors). */
export const responseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
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
