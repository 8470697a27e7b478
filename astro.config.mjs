// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { reportMarkdownFor } from './src/markdown.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { pagePolicyDirectives, scriptSources, styleSources } from './src/lib/security-headers.ts';

// The canonical origin and sub-path come from content/site.yaml (or SITE_URL / BASE_PATH).
const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified(reportMarkdownFor(site.basePath)) },
  // assetsInlineLimit 0: Astro would otherwise inline small bundled scripts as inline
  // <script type="module">, which a CSP without 'unsafe-inline' blocks.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Sitemap of every page (drafts are never built in production, so never listed); 404 left out.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  // Per-page CSP <meta> with automatic hashes; values live in src/lib/security-headers.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...pagePolicyDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
});
