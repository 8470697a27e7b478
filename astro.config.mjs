// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { reportMarkdown } from './src/markdown.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';
import searchIndex from './src/integrations/search-index.ts';

// The canonical origin and sub-path come from content/site.yaml (or SITE_URL / BASE_PATH).
const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified(reportMarkdown) },
  // assetsInlineLimit 0: Astro would inline small bundled scripts into the HTML, which a
  // Content-Security-Policy without 'unsafe-inline' blocks; keep every script an external file.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [searchIndex()],
});
