// npm run build: check the content, build into a fresh folder, and only when everything
// succeeded put it in place of dist/. A failed build never leaves a half-written site where
// deployment picks it up: the previous dist/ stays exactly as it was.
//
//   node scripts/build.ts [outDir]      (default dist; BUILD_OUT_DIR works too)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ContentError } from '../src/content/problems.ts';
import { loadContent } from '../src/content/load.ts';

const viteEnvNames = new Set(['BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR']);
const outDir = resolve(process.argv[2] ?? process.env.BUILD_OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.building`;
const retiredDir = `${outDir}.previous`;

// The content is checked before Astro starts (see src/content/load.ts for why twice).
try {
  await loadContent();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error(`\n构建已停止，${outDir} 未被改动。(Build stopped; ${outDir} left unchanged.)`);
  process.exit(1);
}

rmSync(stagingDir, { recursive: true, force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
// --force: Astro's content cache keeps an unchanged entry with the path it was first read
// from; a deploy build re-reads everything (a second or two). Vite lets BASE_URL, DEV, PROD,
// MODE and SSR in the environment override import.meta.env: DEV=1 would publish drafts and
// BASE_URL would break the sub-path, so none of them is passed on (our setting is BASE_PATH).
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteEnvNames.has(name)));
const build = spawnSync(process.execPath, [astro, 'build', '--force', '--outDir', stagingDir], { stdio: 'inherit', env });
if (build.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\n构建失败，${outDir} 未被改动。(Build failed; ${outDir} left unchanged.)`);
  process.exit(build.status ?? 1);
}

// Two renames: the old site is replaced as a whole, never file by file.
rmSync(retiredDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, retiredDir);
renameSync(stagingDir, outDir);
rmSync(retiredDir, { recursive: true, force: true });
console.log(`已构建到 ${outDir}。(Built into ${outDir}.)`);
