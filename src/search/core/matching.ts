/**
 * Exact matching of folded query terms in folded report text: the rule that decides what
 * is a result. Pagefind only narrows the candidates; this decides.
 *
 * A term matches where the text contains it as a substring, except that a term starting
 * with a Latin letter or a digit must start a word there: 2400 finds 2400万 but 400 does not
 * find 2400, and 66 does not find 6988.66 (a decimal point or thousands comma inside a
 * number does not start a new word).
 */
const wordCharacter = /[a-z0-9]/;

function startsWord(text: string, index: number): boolean {
  const before = text[index - 1];
  if (before === undefined) return true;
  if (wordCharacter.test(before)) return false;
  if ((before === '.' || before === ',') && /[0-9]/.test(text[index - 2] ?? '')) return false;
  return true;
}

/** Start offsets of every match of a folded term in folded text, in order, non-overlapping. */
export function matchOffsets(foldedText: string, term: string): number[] {
  const offsets: number[] = [];
  if (!term) return offsets;
  const needsWordStart = wordCharacter.test(term[0]);
  let from = 0;
  for (;;) {
    const index = foldedText.indexOf(term, from);
    if (index < 0) return offsets;
    if (!needsWordStart || startsWord(foldedText, index)) {
      offsets.push(index);
      from = index + term.length;
    } else {
      from = index + 1;
    }
  }
}

/** How many times all the terms occur together, or 0 when any term is missing (AND). */
export function countMatches(foldedText: string, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    const count = matchOffsets(foldedText, term).length;
    if (count === 0) return 0;
    total += count;
  }
  return total;
}
