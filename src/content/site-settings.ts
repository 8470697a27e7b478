import { join } from 'node:path';
import { siteSchema, type SiteConfig } from './schemas/site.ts';
import { contentDir, contentFiles } from './paths.ts';
import { readYamlFile } from './yaml.ts';

const cache = new Map<string, SiteConfig>();

/**
 * content/site.yaml, validated. SITE_URL and BASE_PATH override the canonical origin and the
 * sub-path at build time, so one content tree can be deployed at a domain root or under /xyz/.
 * Read once per content root: astro.config.mjs, the content loader and the page frame all ask.
 */
export function loadSiteSettings(root = contentDir()): SiteConfig {
  const cached = cache.get(root);
  if (cached) return cached;
  const site = readYamlFile(join(root, contentFiles.site), siteSchema);
  const settings = siteSchema.parse({
    ...site,
    url: process.env.SITE_URL || site.url,
    basePath: process.env.BASE_PATH || site.basePath,
  });
  cache.set(root, settings);
  return settings;
}
