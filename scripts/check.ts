// npm run check: validate all content in a second or two, then type-check the code.
//
//   npm run check                    content, then every .astro and .ts file (astro check)
//   npm run check -- --content-only  content alone, for staff editing a report
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { loadContent } from '../src/content/load.ts';
import { ContentError } from '../src/content/problems.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
try {
  const { reports } = await loadContent();
  for (const report of reports) {
    console.log(`✓ ${report.year}${report.draft ? '（草稿，不会发布）' : ''}：${report.sections.length} 章，${report.figures.length} 个数字核对无误`);
  }
  console.log(`内容检查通过（${seconds()} 秒）。Content check passed.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error(`\n共 ${error.problems.length} 处问题，请按提示修改后再运行 npm run check。(${error.problems.length} problem(s))`);
  process.exit(1);
}

if (!process.argv.includes('--content-only')) {
  // The code's types, .astro files included (@astrojs/check with the project's TypeScript): it
  // catches an engineer's slip before CI does. It is not about content.
  const check = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'check', '--minimumFailingSeverity', 'warning'], { stdio: 'inherit' });
  if (check.status !== 0) {
    console.error('代码类型检查未通过（这通常是程序员的问题，不是内容问题）。(Type check failed.)');
    process.exit(1);
  }
  console.log(`类型检查通过（共 ${seconds()} 秒）。Type check passed.`);
}
