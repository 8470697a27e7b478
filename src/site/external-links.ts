/**
 * Which links leave the site. One rule for links in report Markdown (rehype-external-links)
 * and in the page frame (ExternalLink.astro), so both are marked and prompted alike.
 */
export interface ExternalLinkRules {
  /** The site's canonical URL including its base path, e.g. https://www.zengdu.gov.cn/fzzfbg/ */
  siteUrl: string;
  /** Host names of the portal itself: still marked as leaving, but no prompt */
  ownDomains: readonly string[];
}

export type LinkKind = 'internal' | 'own-portal' | 'external';

/** Classify an href as written in content or markup. Relative links are internal. */
export function linkKind(href: string, rules: ExternalLinkRules): LinkKind {
  let target: URL;
  try {
    target = new URL(href);
  } catch {
    return 'internal';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'internal';
  const site = new URL(rules.siteUrl);
  const sitePath = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  if (target.host === site.host && (target.pathname + '/').startsWith(sitePath)) return 'internal';
  const host = target.hostname.toLowerCase();
  return rules.ownDomains.some((domain) => domain.toLowerCase() === host) ? 'own-portal' : 'external';
}

/** rel of every link that leaves the site: no window.opener, no referrer sent */
export const externalRel = 'noopener noreferrer';
