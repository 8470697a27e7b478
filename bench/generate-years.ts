/**
 * Fictional report years for build benchmarks: `count` years (2100 backwards, the latest year
 * the schema allows, so they can never be mistaken for real reports) with the same files,
 * Markdown structure and size as a real report (by default the latest one in content/), every
 * Chinese character replaced by a pseudo-random one drawn from its text (a seeded shuffle:
 * unreadable, but with a realistic vocabulary for the search index). Titles say 示例 (example).
 *
 *   node bench/generate-years.ts <output dir> <count>
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { chineseNumeral } from '../src/content/chinese-numerals.ts';
import { contentDir, yearFolders } from '../src/content/paths.ts';
import { createSectionRenderer } from '../src/markdown/pipeline.ts';

export const lastFictionalYear = 2100;

/** The real report the fictional years copy the shape of: a content root and a year folder. */
export interface ModelReport { root: string; year: string }

/** The latest report of a content tree. */
export function latestReport(root = contentDir()): ModelReport {
  const year = yearFolders(root).at(-1);
  if (!year) throw new Error(`no report in ${root}`);
  return { root, year };
}

/** CJK ideographs, except the numerals that number headings (（一）、二、…) */
const ideograph = /[\u4e00-\u9fff]/gu;
const numerals = new Set('一二三四五六七八九十');

/** A small deterministic generator (mulberry32), so that every run writes the same text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceSections(model: ModelReport): string[] {
  return readdirSync(join(model.root, 'reports', model.year)).filter((name) => name.endsWith('.md')).sort();
}

/** The model report's text as one pool of characters to draw from. */
function characterPool(model: ModelReport): string[] {
  const dir = join(model.root, 'reports', model.year);
  const text = sourceSections(model).map((name) => readFileSync(join(dir, name), 'utf8')).join('');
  return [...text.matchAll(ideograph)].map((match) => match[0]).filter((char) => !numerals.has(char));
}

function scramble(text: string, pool: string[], random: () => number): string {
  return text.replace(ideograph, (char) => numerals.has(char) ? char : pool[Math.floor(random() * pool.length)]);
}

/** Replace the characters of the front matter's texts and of the body; titles start with 示例 (example). */
function fictionalSection(source: string, pool: string[], random: () => number): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('2024 section without front matter');
  const frontMatter = Object.fromEntries(Object.entries(parse(match[1]) as Record<string, unknown>).map(([key, value]) =>
    [key, typeof value === 'string' ? `示例${scramble(value.slice(2), pool, random)}` : value]));
  return `---\n${stringify(frontMatter)}---\n${scramble(source.slice(match[0].length), pool, random)}`;
}

/**
 * The official text of a fictional year, as the content check expects it beside a published
 * report: the opening, then each section's numbered title and its text block by block.
 */
async function officialText(preamble: string, sections: { title: string; markdown: string }[]): Promise<string> {
  const render = createSectionRenderer({ base: '/', siteUrl: 'https://example.invalid/', ownDomains: [], externalLinkLabel: '', tableLabel: '表格' });
  const lines = [preamble];
  for (const [index, { title, markdown }] of sections.entries()) {
    lines.push(`${chineseNumeral(index + 1)}、${title}`, ...(await render(markdown, 'section')).textLines.map((line) => line.text));
  }
  return `${lines.join('\n')}\n`;
}

/** Write site.yaml and `count` fictional years into `outDir`; returns the years written. */
export async function generateYears(outDir: string, count: number, model = latestReport()): Promise<number[]> {
  const pool = characterPool(model);
  const years = Array.from({ length: count }, (_, i) => lastFictionalYear - i);
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(model.root, 'site.yaml'), join(outDir, 'site.yaml'));
  const sourceDirOfYear = join(model.root, 'reports', model.year);
  for (const year of years) {
    const random = seededRandom(year);
    const dir = join(outDir, 'reports', String(year));
    mkdirSync(dir, { recursive: true });
    const preamble = scramble(readFileSync(join(sourceDirOfYear, 'report.yaml'), 'utf8').match(/^preamble: (.*)$/m)![1], pool, random);
    writeFileSync(join(dir, 'report.yaml'), stringify({
      title: `示例区${year}年法治政府建设年度报告（虚构示例，仅供测试）`,
      year,
      issuer: '示例区人民政府',
      summary: `虚构的${year}年度示例报告，用于测试构建速度和搜索索引大小，不是真实报告。`,
      preamble,
    }));
    const sections = [];
    for (const name of sourceSections(model)) {
      const text = fictionalSection(readFileSync(join(sourceDirOfYear, name), 'utf8'), pool, random);
      writeFileSync(join(dir, name), text);
      const [, frontMatter, markdown] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      sections.push({ title: (parse(frontMatter) as { title: string }).title, markdown });
    }
    writeFileSync(join(dir, 'source.txt'), await officialText(preamble, sections));
  }
  return years;
}

if (import.meta.main) {
  const [outDir, count] = process.argv.slice(2);
  if (!outDir || !Number(count)) throw new Error('usage: node bench/generate-years.ts <output dir> <count>');
  console.log((await generateYears(resolve(outDir), Number(count))).join(' '));
}
