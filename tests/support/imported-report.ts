import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { parse } from 'yaml';
import { chineseNumeral } from '../../src/content/chinese-numerals.ts';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { createSectionRenderer } from '../../src/markdown/pipeline.ts';
import { foldText } from '../../src/search/core/folding.ts';

const renderSection = createSectionRenderer({ base: '/', siteUrl: 'https://fixture.example/', ownDomains: [], externalLinkLabel: '', tableLabel: '表格' });

/**
 * The report text a written year folder holds, in reading order, as readers see it: the title,
 * salutation and preamble of report.yaml, each chapter's number, title and rendered text (no
 * Markdown syntax left), then the closing and the 落款.
 */
export async function writtenReportText(folder: string): Promise<{ title: string; text: string[] }> {
  const report = parse(readFileSync(join(folder, 'report.yaml'), 'utf8')) as {
    title: string; addressee?: string; preamble: string; closing?: string; signature?: { issuer: string; date: string };
  };
  const text = [report.addressee, ...report.preamble.split('\n\n')].filter((piece): piece is string => piece !== undefined);
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
    const { frontMatter, body } = splitFrontMatter(readFileSync(join(folder, name), 'utf8'), name);
    const { title } = parse(frontMatter) as { title: string };
    const rendered = await renderSection(body, name);
    text.push(`${chineseNumeral(Number(name.slice(0, 2)))}、${title}`, toString(fromHtml(rendered.html, { fragment: true })));
  }
  if (report.closing) text.push(report.closing);
  if (report.signature) text.push(report.signature.issuer, report.signature.date);
  return { title: report.title, text };
}

/**
 * Text compared "up to whitespace and punctuation width": the site's search folding (NFKC, so
 * ，→, （→( ; 〔〕→[]; no whitespace), and curly quotes and the ideographic full stop as their
 * half-width forms.
 */
export function foldWidth(text: string): string {
  return foldText(text).replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replaceAll('。', '.');
}
