/**
 * The query sets of the search tests and of `npm run bench:search`, and the reference rule
 * that says which blocks must match. Nothing here touches the search implementation: the
 * expected answers come from the text itself.
 */
import { readFileSync } from 'node:fs';
import { foldText } from '../../../src/lib/text-folding.ts';

/** Folding as the site documents it: foldText, lower-cased. */
export const fold = (text: string) => foldText(text).toLowerCase();

/**
 * The documented rule, restated independently: the folded text contains the query, and a
 * query that starts with a Latin letter or digit starts a word there (not preceded by a
 * letter or digit, nor by a decimal point or comma inside a number).
 */
export function containsAsTyped(text: string, query: string): boolean {
  const startsWithWordCharacter = /^[a-z0-9]/.test(query);
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (!startsWithWordCharacter) return true;
    const before = text.slice(Math.max(0, at - 2), at);
    if (!/[a-z0-9]$/.test(before) && !/[0-9][.,]$/.test(before)) return true;
  }
  return false;
}

/** mulberry32: a tiny seeded generator, so the sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The official text (last two lines are portal furniture, as in report-text.test.ts), folded. */
const sourceText = fold(readFileSync(new URL('../../fixtures/source-2024.txt', import.meta.url), 'utf8')
  .split('\n').map((line) => line.trim()).filter(Boolean).slice(0, -2).join('\n'));
const sourceLines = sourceText.split('\n');

/** `count` substrings of the given length, each inside one source line and holding a letter, digit or CJK character. */
export function sampleSubstrings(length: number, count: number, random: () => number): string[] {
  const samples = new Set<string>();
  while (samples.size < count) {
    const line = [...sourceLines[Math.floor(random() * sourceLines.length)]];
    if (line.length < length) continue;
    const start = Math.floor(random() * (line.length - length + 1));
    const sample = line.slice(start, start + length).join('');
    if (/[\p{L}\p{N}]/u.test(sample)) samples.add(sample);
  }
  return [...samples];
}

/** Strings that do not occur in the report (each is checked against the text first). */
export const absentQueries = [
  '段简', '诉源治理', '复议行政', '营商速办', '猫', '狗', '龙舟', '区块链', '人工智能', '高速公路',
  '2401', '6988.67', '93%', '鄂营商发[2026]', '首违必罚', '曾都速办', '行政复仪', 'abc', '垃圾分类', '400',
  '8.66', '疫苗', '法治政府建设年度报告2023',
];

/** Terms a reader of the 2024 report searches for, and every block that contains each. */
export const policyTerms: [string, string[]][] = [
  ['行政复议', ['measures-p8']],
  ['首违不罚', ['measures-p9']],
  ['法律援助', ['measures-p12']],
  ['营商环境', ['measures-p5', 'measures-p6', 'measures-p9', 'plans-h2']],
  ['曾速办', ['measures-p5']],
  ['习近平法治思想', ['preamble', 'measures-p1', 'plans-h1']],
  ['合法性审查', ['measures-p7', 'plans-h3', 'plans-p3', 'problems-p1']],
  ['行政执法', ['duties-p1', 'measures-p9', 'plans-h2', 'plans-p2', 'problems-p1']],
  ['放管服', ['measures-p4']],
  ['政务服务', ['measures-h2', 'measures-p4', 'measures-p5', 'measures-p6']],
  ['简政放权', ['measures-p4']],
  ['统一受理平台', ['measures-p4']],
  ['先行区', ['measures-p4', 'measures-p5', 'measures-p6']],
  ['守合同重信用', ['measures-p5']],
  ['区长走流程', ['measures-p6']],
  ['法律顾问', ['measures-p7']],
  ['公职律师', ['measures-p7']],
  ['人大监督', ['measures-p8']],
  ['行政应诉', ['measures-p8']],
  ['案卷评查', ['measures-p9']],
  ['公益减罚', ['measures-p9']],
  ['轻微速罚', ['measures-p9']],
  ['信访', ['measures-p10']],
  ['矛盾纠纷', ['measures-p10']],
  ['宪法宣誓', ['measures-p3']],
  ['任前考法', ['measures-p3']],
  ['第一责任人', ['duties', 'duties-p1', 'measures-p2', 'plans-p1']],
  ['述法', ['measures-p2']],
  ['示范区', ['preamble']],
  ['法治素养', ['measures-p3', 'problems-p1']],
  ['2400', ['measures-p12']],
  ['6988.66', ['measures-p10']],
  ['92%', ['measures-p10']],
  ['鄂营商发[2025]', ['measures-p9']],
  ['鄂营商发〔2025〕1号', ['measures-p9']],
  ['135件', ['measures-p8']],
  ['100%', ['measures-p3', 'measures-p8']],
  ['291项', ['measures-p4']],
  ['普法', ['measures-p11', 'plans-p1']],
  ['涉企', ['plans-h2', 'plans-p2']],
  ['行政执法检查', ['plans-h2']],
  ['重大行政决策', ['measures-p7', 'plans-p3']],
  ['胡弘弘', ['measures-p1']],
  ['高效办成一件事', ['measures-p5', 'measures-p6']],
  ['社会治安综合治理中心', ['measures-p10']],
  ['行政执法监督局', ['measures-p9']],
  ['依法治区', ['duties-p1', 'measures-p2']],
  ['金字招牌', ['preamble']],
  ['责任清单', ['duties']],
  ['规范化', ['measures-p8', 'problems-p1']],
];

