// npm run check: validate all content in seconds, without building the site.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { ContentError } from '../src/content/problems.ts';
import { loadContent } from '../src/content/load.ts';

const started = performance.now();
try {
  const { reports } = await loadContent();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const report of reports) {
    console.log(`✓ ${report.year}${report.draft ? '（草稿，不会发布）' : ''}：${report.sections.length} 章，${report.figures.length} 个数字核对无误`);
  }
  console.log(`内容检查通过（${seconds} 秒）。Content check passed.`);
  // Then the code's types (TypeScript 7; .astro files are covered by the build): quick, and it
  // catches an engineer's slip before CI does. Skipped with --content-only.
  if (!process.argv.includes('--content-only')) {
    // A fresh checkout has no generated astro:content types yet: generate them once.
    if (!existsSync('.astro/types.d.ts')) spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'sync'], { stdio: 'inherit' });
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], { stdio: 'inherit' });
    if (tsc.status !== 0) {
      console.error('代码类型检查未通过（这通常是程序员的问题，不是内容问题）。(Type check failed.)');
      process.exitCode = 1;
    } else {
      console.log(`类型检查通过（共 ${((performance.now() - started) / 1000).toFixed(1)} 秒）。Type check passed.`);
    }
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error(`\n共 ${error.problems.length} 处问题，请按提示修改后再运行 npm run check。(${error.problems.length} problem(s))`);
  process.exitCode = 1;
}
