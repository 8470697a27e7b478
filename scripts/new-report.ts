// npm run new-report -- 2025: start next year's report from the template, as a draft.
// Creates content/reports/<year>/ with report.yaml and the standard sections; never overwrites.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentDir, displayPath } from '../src/content/paths.ts';

const templateDir = resolve(import.meta.dirname, '../templates/report');

function fail(zh: string, en: string): never {
  console.error(`${zh}\n  (${en})`);
  process.exit(1);
}

const argument = process.argv[2];
if (!argument || !/^\d{4}$/.test(argument) || Number(argument) < 2000 || Number(argument) > 2100) {
  fail('请写明年度，例如：npm run new-report -- 2025', 'usage: npm run new-report -- <year>, e.g. 2025');
}
const year = Number(argument);
const reportsDir = join(contentDir(), 'reports');
const target = join(reportsDir, String(year));
if (existsSync(target)) {
  fail(`${displayPath(target)} 已经存在，未做任何改动。如需重新开始，请先删除或改名该文件夹。`, `${displayPath(target)} already exists; nothing changed`);
}

// The site's issuer, and the figure ids of the latest earlier report, so that staff reuse them.
const site = parse(readFileSync(join(contentDir(), 'site.yaml'), 'utf8')) as { issuer?: string };
const earlier = existsSync(reportsDir)
  ? readdirSync(reportsDir).filter((name) => /^\d{4}$/.test(name) && Number(name) < year).sort().reverse()
  : [];
let previousIds = '';
for (const folder of earlier) {
  try {
    const report = parse(readFileSync(join(reportsDir, folder, 'report.yaml'), 'utf8')) as { figures?: { id: string; label: string }[] };
    if (report.figures?.length) {
      previousIds = [`# ${folder}年度报告已有的数字 id（同一数字请沿用）：`, ...report.figures.map((figure) => `#   ${figure.id}：${figure.label}`)].join('\n');
      break;
    }
  } catch {
    // An unreadable earlier report only means no hint; npm run check reports it properly.
  }
}

const fill = (text: string) => text
  .replaceAll('{{year}}', String(year))
  .replaceAll('{{nextYear}}', String(year + 1))
  .replaceAll('{{issuer}}', site.issuer ?? '')
  .replaceAll('{{previousIds}}', previousIds);

mkdirSync(target, { recursive: true });
for (const name of readdirSync(templateDir).sort()) {
  const source = join(templateDir, name);
  if (name.endsWith('.yaml') || name.endsWith('.md')) writeFileSync(join(target, name), fill(readFileSync(source, 'utf8')));
  else cpSync(source, join(target, name));
}

console.log(`已创建 ${displayPath(target)}（草稿）。(Created ${displayPath(target)} as a draft.)
接下来：
  1. 按文件中的提示填写 report.yaml 和各章节文件，删除“【待填写】”字样；没有“其他需要报告的情况”时删除 05-others.md。
     把正式文本存为该文件夹中的 source.docx 或 source.txt，网站据此逐字核对。
     （有 Word 文档或纯文本时，用 npm run import-report -- ${year} 文件名 导入更省事。）
  2. npm run dev  在本机预览（草稿页面顶部有“草稿”提示）。
  3. npm run check  检查内容。
  4. 确认无误后，把 report.yaml 中的 draft 改为 false，再次运行 npm run check，然后提交（git commit）。`);
