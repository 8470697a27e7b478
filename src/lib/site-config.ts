import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { contentDir } from './content-paths.ts';
import { readYamlFile } from './yaml-file.ts';

let cached: SiteConfig | undefined;

/**
 * content/site.yaml, validated. SITE_URL and BASE_PATH override the canonical origin and the
 * sub-path at build time, so one content tree can be deployed at a domain root or under /xyz/.
 */
export function loadSiteConfig(): SiteConfig {
  if (cached) return cached;
  const site = readYamlFile(join(contentDir(), 'site.yaml'), siteSchema);
  cached = siteSchema.parse({
    ...site,
    url: process.env.SITE_URL || site.url,
    basePath: process.env.BASE_PATH || site.basePath,
  });
  return cached;
}
