/**
 * The query sets of the search tests and of `npm run bench:search`, and the reference rule
 * that says which blocks must match. Nothing here touches the search implementation: the
 * expected answers come from the text itself.
 */
import { traditionalFolds } from '../src/search/build/traditional.ts';
import { foldText } from '../src/search/core/folding.ts';

/**
 * Folding as the site documents it: foldText (NFKC, 〔〕→[], no whitespace), traditional
 * characters to simplified one by one with the site's opencc-js table, lower-cased.
 */
export const fold = (text: string) => [...foldText(text)].map((character) => traditionalFolds().get(character) ?? character).join('').toLowerCase();

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

/**
 * `count` different substrings of the given length, each inside one of the texts (a block of the
 * report as printed, say) and holding a letter, digit or CJK character.
 */
export function sampleSubstrings(texts: readonly string[], length: number, count: number, random: () => number): string[] {
  const candidates = texts.map((text) => [...fold(text)]).filter((characters) => characters.length >= length);
  const samples = new Set<string>();
  for (let attempt = 0; samples.size < count && attempt < count * 1000; attempt += 1) {
    const characters = candidates[Math.floor(random() * candidates.length)];
    const start = Math.floor(random() * (characters.length - length + 1));
    const sample = characters.slice(start, start + length).join('');
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

/**
 * What readers of a rule-of-law report search for: policy terms, figures, a document number in
 * both bracket forms. Which blocks hold each is computed from the text, never listed here.
 */
export const readerTerms: readonly string[] = [
  '行政复议',
  '首违不罚',
  '法律援助',
  '营商环境',
  '曾速办',
  '习近平法治思想',
  '合法性审查',
  '行政执法',
  '放管服',
  '政务服务',
  '简政放权',
  '统一受理平台',
  '先行区',
  '守合同重信用',
  '区长走流程',
  '法律顾问',
  '公职律师',
  '人大监督',
  '行政应诉',
  '案卷评查',
  '公益减罚',
  '轻微速罚',
  '信访',
  '矛盾纠纷',
  '宪法宣誓',
  '任前考法',
  '第一责任人',
  '述法',
  '示范区',
  '法治素养',
  '2400',
  '6988.66',
  '92%',
  '鄂营商发[2025]',
  '鄂营商发〔2025〕1号',
  '135件',
  '100%',
  '291项',
  '普法',
  '涉企',
  '行政执法检查',
  '重大行政决策',
  '胡弘弘',
  '高效办成一件事',
  '社会治安综合治理中心',
  '行政执法监督局',
  '依法治区',
  '金字招牌',
  '责任清单',
  '规范化',
];
