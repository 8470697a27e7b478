import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

/**
 * Serve the built site (dist/) the way `npm start` does, with Astro's own preview server,
 * on a free loopback port. The e2e suite reads the address from `inject('baseUrl')`.
 */
export default async function serveDist(project: TestProject) {
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const base = process.env.BASE_PATH ?? (await import('../../../src/lib/site-config.ts')).loadSiteConfig().basePath;
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${base}`);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
