// npm run import-report -- 2025 报告.docx: import the approved report (Word .docx or plain .txt)
// into content/reports/<year>/ as a draft: report.yaml, one file per chapter, and the document
// itself. Never overwrites; anything it refuses leaves the content as it was.
import { resolve } from 'node:path';
import { contentDir } from '../src/content/paths.ts';
import { ContentError } from '../src/content/problems.ts';
import { ImportBug, ImportRefusal } from '../src/import/import-errors.ts';
import { importReport } from '../src/import/import-report.ts';
import { importSummary } from '../src/import/import-summary.ts';
import { OfficialTextRefusal } from '../src/official-text/official-text-refusal.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [yearArgument, file] = process.argv.slice(2);
if (!yearArgument || !/^\d{4}$/.test(yearArgument) || Number(yearArgument) < 2000 || Number(yearArgument) > 2100 || !file) {
  fail('请写明年度和报告文件，例如：npm run import-report -- 2025 报告.docx\n  (usage: npm run import-report -- <year> <file.docx|file.txt>)');
}

try {
  const outcome = await importReport({
    year: Number(yearArgument),
    // npm runs scripts in the project folder; a relative name means the folder staff typed it in.
    path: resolve(process.env.INIT_CWD ?? process.cwd(), file),
    name: file,
    root: contentDir(),
  });
  console.log(importSummary(outcome));
} catch (error) {
  if (error instanceof ImportRefusal) fail(`无法导入 ${file}：${error.zh}\n  (Cannot import ${file}: ${error.en})`);
  if (error instanceof OfficialTextRefusal || error instanceof ImportBug || error instanceof ContentError) fail(error.message);
  throw error;
}
