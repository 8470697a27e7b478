// npm run check: validate all content in seconds, without building the site.
import { performance } from 'node:perf_hooks';
import { ContentError } from '../src/lib/content-error.ts';
import { checkContentTree } from '../src/lib/content-tree.ts';

const started = performance.now();
try {
  const reports = await checkContentTree();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const report of reports) {
    console.log(`✓ ${report.year}${report.draft ? '（草稿，不会发布）' : ''}：${report.sections.length} 章，${report.figures.length} 个数字核对无误`);
  }
  console.log(`内容检查通过（${seconds} 秒）。Content check passed.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  console.error(`\n共 ${error.problems.length} 处问题，请按提示修改后再运行 npm run check。(${error.problems.length} problem(s))`);
  process.exitCode = 1;
}
