// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { reportMarkdownFor } from './src/markdown.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';
import searchIndex from './src/integrations/search-index.ts';
import precompress from './src/integrations/precompress.ts';

// The canonical origin and sub-path come from content/site.yaml (or SITE_URL / BASE_PATH).
const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // Never inline a stylesheet: the Content-Security-Policy (src/lib/security-headers.ts) allows
  // styles from the site's own files only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified(reportMarkdownFor(site.basePath)) },
  // assetsInlineLimit 0: Astro would otherwise inline small bundled scripts as inline
  // <script type="module">, which a CSP without 'unsafe-inline' blocks.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    // Sitemap of every page (drafts are never built in production, so never listed); 404 left out.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    // Pagefind index of every published paragraph, from the rendered pages
    searchIndex(),
    // Last: compresses everything the others wrote
    precompress(),
  ],
});
