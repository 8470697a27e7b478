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
 * Traditional (and regional variant) characters and their simplified forms, one code point to
 * one code point, so folding never changes the length of a text in code points. The build makes
 * the table with opencc-js (src/search/build/traditional.ts) and the browser receives only the
 * pairs whose simplified character occurs in the index: a traditional character whose
 * simplified form occurs nowhere cannot match anything, folded or not.
 */
let characterFolds: ReadonlyMap<string, string> = new Map();

/** Pairs as one string, each traditional character followed by its simplified one: 複复營营 */
export function encodeCharacterFolds(folds: ReadonlyMap<string, string>): string {
  return [...folds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => from + to).join('');
}

export function decodeCharacterFolds(pairs: string): Map<string, string> {
  const characters = [...pairs];
  if (characters.length % 2 !== 0) throw new Error('character folds: odd number of characters');
  const folds = new Map<string, string>();
  for (let at = 0; at < characters.length; at += 2) folds.set(characters[at], characters[at + 1]);
  return folds;
}

/** The table foldForSearch uses from now on (the build sets the full table, the browser its part). */
export function setCharacterFolds(folds: ReadonlyMap<string, string>): void {
  characterFolds = folds;
}

/**
 * Query folding for search. Reader's query and report text are folded the same way
 * (foldText: NFKC, 〔〕→[], no whitespace; traditional characters to simplified; lower case), so
 * that 鄂营商发[2025] finds 鄂营商发〔2025〕, 行政複議 finds 行政复议 and APP finds app.
 */
export function foldForSearch(text: string): string {
  const folded = foldText(text);
  let result = '';
  for (const character of folded) result += characterFolds.get(character) ?? character;
  return result.toLowerCase();
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

export function isIndexable(character: string): boolean {
  return indexable.test(character);
}

/**
 * A phrase asks Pagefind for at most this many characters. Each character's word list is in an
 * index chunk of its own more often than not, and a phone downloads every chunk a query needs
 * before it can answer; four Chinese characters in a row are rare enough to leave few candidates.
 */
const phraseCharacters = 4;

/**
 * The quoted phrases that ask Pagefind for the blocks that may hold a folded term: each run of
 * letters, digits and CJK characters, one character per word (the index holds every character
 * of a block as a word of its own, punctuation included, so a run never spans punctuation in the
 * index either), cut to its first phraseCharacters. The blocks must hold every phrase; the
 * printed text then decides, so a shorter phrase can only add candidates, never lose a result.
 */
export function termPhrases(foldedTerm: string): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) phrases.push(run.slice(0, phraseCharacters).join(' '));
    run = [];
  };
  for (const character of foldedTerm) {
    if (indexable.test(character)) run.push(character);
    else endRun();
  }
  endRun();
  return phrases;
}
