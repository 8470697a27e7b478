// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { loadSiteSettings } from './src/content/site-settings.ts';
import searchIndex from './src/search/build/integration.ts';
import precompress from './src/build/precompress.ts';

// The canonical origin and sub-path come from content/site.yaml (or SITE_URL / BASE_PATH).
// Report content is read, checked and rendered by src/content (see src/content.config.ts), not
// by Astro's Markdown: Astro only lays out the pages.
const site = loadSiteSettings();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  // BUILD_CACHE_DIR: a build of its own (the tests build several sites at once) keeps Astro's
  // cache apart from the others'; unset, Astro's default.
  ...(process.env.BUILD_CACHE_DIR ? { cacheDir: process.env.BUILD_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Never inline a stylesheet: the Content-Security-Policy (deploy/security-headers.ts) allows
  // styles from the site's own files only.
  build: { format: 'directory', inlineStylesheets: 'never' },
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
