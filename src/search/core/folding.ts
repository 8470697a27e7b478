/**
 * Fold text so that what a reader types matches what the report prints: full-width and
 * half-width forms become one (NFKC: ，→, （→( ２→2), the hexagonal brackets of document
 * numbers 〔〕 become [], and whitespace disappears (Chinese has none between words).
 */
const bracketFolds: Record<string, string> = { '〔': '[', '〕': ']', '【': '[', '】': ']', '［': '[', '］': ']' };

export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〔〕【】［］]/g, (bracket) => bracketFolds[bracket])
    .replace(/\s+/gu, '');
}

/**
 * Query folding for search. Reader's query and report text are folded the same way
 * (foldText: NFKC, 〔〕→[], no whitespace) and lower-cased, so that 鄂营商发[2025] finds
 * 鄂营商发〔2025〕 and APP finds app.
 */
export function foldForSearch(text: string): string {
  return foldText(text).toLowerCase();
}

/**
 * The terms of a query: split on whitespace (ASCII or the ideographic space U+3000) before
 * folding removes it, each folded, empties dropped. Several terms mean AND.
 */
export function queryTerms(query: string): string[] {
  const terms = query.split(/\s+/u).map(foldForSearch).filter(Boolean);
  return [...new Set(terms)];
}

/** Letters and digits are what Pagefind indexes; punctuation is checked on the exact text instead. */
const indexable = /[\p{L}\p{N}]/u;

/**
 * Text as Pagefind should index and query it: every letter, digit and CJK character of the
 * folded text as a word of its own, separated by spaces. Pagefind's index-time (jieba) and
 * query-time (Intl.Segmenter) Chinese segmenters disagree; with one character per word there
 * is nothing left for them to segment, so a quoted phrase of spaced characters finds every
 * place where those characters stand together, on both sides alike.
 */
export function spacedCharacters(foldedText: string): string {
  return [...foldedText].filter((character) => indexable.test(character)).join(' ');
}
