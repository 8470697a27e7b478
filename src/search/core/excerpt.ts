import { foldForSearch } from './folding.ts';
import { matchOffsets } from './matching.ts';

/** A piece of displayed text; `mark` pieces are the reader's query, as printed in the report. */
export interface TextPiece { text: string; mark: boolean }

/**
 * The folded form of a text together with, for every folded UTF-16 unit, the range of the
 * original text it came from, so that a match found in folded text can be shown (and
 * highlighted) in the text exactly as the report prints it.
 */
export interface FoldedText { folded: string; start: number[]; end: number[] }

export function foldWithMap(original: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const character of original) {
    const piece = foldForSearch(character);
    for (let i = 0; i < piece.length; i++) {
      start.push(offset);
      end.push(offset + character.length);
    }
    folded += piece;
    offset += character.length;
  }
  return { folded, start, end };
}

/** Ranges [from, to) of the original text where each term first occurs, sorted, merged when they touch. */
export function firstMatchRanges(original: string, terms: string[]): [number, number][] {
  const map = foldWithMap(original);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const [offset] = matchOffsets(map.folded, term);
    if (offset === undefined) continue;
    ranges.push([map.start[offset], map.end[offset + term.length - 1]]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Split a text into plain and marked pieces along the given ranges. */
export function markRanges(text: string, ranges: [number, number][]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), mark: false });
    pieces.push({ text: text.slice(from, to), mark: true });
    cursor = to;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), mark: false });
  return pieces;
}

/**
 * An excerpt of a paragraph around the first match: about `before` characters of context
 * ahead of it and `length` characters in all, with an ellipsis where text was cut. Each
 * term's first occurrence is one marked piece, so the reader sees the query as one run.
 */
export function excerpt(original: string, terms: string[], length = 90, before = 24): TextPiece[] {
  const ranges = firstMatchRanges(original, terms);
  if (original.length <= length || ranges.length === 0) return markRanges(original, ranges);
  let from = Math.max(0, ranges[0][0] - before);
  let to = Math.min(original.length, from + length);
  from = Math.max(0, Math.min(from, to - length));
  // Never cut through a code point or a highlighted term.
  if (/[\uDC00-\uDFFF]/.test(original[from] ?? '')) from -= 1;
  const inside = ranges.filter(([start]) => start >= from && start < to)
    .map(([start, end]): [number, number] => [start - from, Math.min(end, original.length) - from]);
  to = Math.max(to, from + (inside.at(-1)?.[1] ?? 0));
  const pieces = markRanges(original.slice(from, to), inside);
  if (from > 0) pieces.unshift({ text: '…', mark: false });
  if (to < original.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
