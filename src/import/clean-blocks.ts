import { paragraphText, type OfficialBlock, type TextRun } from '../official-text/official-text.ts';
import type { CleanBlock, CleanParagraph, LineChanges } from './cleaned-text.ts';
import { widenPunctuation, type PunctuationChanges } from './punctuation-width.ts';

/** Whitespace at the ends of a line: spaces, tabs, the ideographic space, and invisible marks pasted from web pages. */
const leadingSpace = /^[\s\u200b-\u200d\u2060\ufeff]+/u;
const trailingSpace = /[\s\u200b-\u200d\u2060\ufeff]+$/u;

/**
 * Clean the document's text the way the published reports are set: indentation and other
 * whitespace at line ends go, empty lines go, half-width punctuation in Chinese text becomes
 * full width. Nothing else about the words or numbers changes. Each block says what changed,
 * so the summary can count the changes of the text that is written.
 */
export function cleanBlocks(blocks: OfficialBlock[]): { blocks: CleanBlock[]; emptyLines: number } {
  const cleaned: CleanBlock[] = [];
  let emptyLines = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const paragraph = cleanParagraph(block.runs, block.position);
      if (paragraph) cleaned.push(paragraph);
      else emptyLines++;
    } else {
      const punctuation: PunctuationChanges = {};
      let fullWidthIndent = false;
      let otherWhitespace = false;
      const rows = block.rows.map((row) => row.map((cell) => {
        const widened = widenPunctuation(cell);
        addChanges(punctuation, widened.changes);
        return widened.text.split('\n').map((line) => {
          const ends = lineEnds(line);
          fullWidthIndent ||= ends.fullWidthIndent;
          otherWhitespace ||= ends.otherWhitespace;
          return ends.text;
        }).filter(Boolean).join('\n');
      }));
      if (rows.some((row) => row.some(Boolean))) {
        cleaned.push({ kind: 'table', rows, position: block.position, changes: { fullWidthIndent, otherWhitespace, punctuation } });
      } else {
        emptyLines++;
      }
    }
  }
  return { blocks: cleaned, emptyLines };
}

function cleanParagraph(runs: TextRun[], position: number): CleanParagraph | undefined {
  const original = paragraphText({ kind: 'paragraph', runs, position });
  const widened = widenPunctuation(original);
  const { leading, trailing, text, fullWidthIndent, otherWhitespace } = lineEnds(widened.text);
  if (text === '') return undefined;

  // The widened text has the length of the original: cut it back into the runs it came from.
  let offset = 0;
  const widenedRuns = runs.map((run) => {
    const piece = { text: widened.text.slice(offset, offset + run.text.length), bold: run.bold };
    offset += run.text.length;
    return piece;
  });
  const changes: LineChanges = { fullWidthIndent, otherWhitespace, punctuation: widened.changes };
  const kept = normaliseRuns(sliceRuns(widenedRuns, leading.length, widened.text.length - trailing.length));
  return { kind: 'paragraph', runs: kept, text, position, changes };
}

/** A line without the whitespace at its ends, and what kind of whitespace went. */
function lineEnds(line: string) {
  const leading = leadingSpace.exec(line)?.[0] ?? '';
  const trailing = trailingSpace.exec(line.slice(leading.length))?.[0] ?? '';
  return {
    leading,
    trailing,
    text: line.slice(leading.length, line.length - trailing.length),
    fullWidthIndent: leading.includes('\u3000'),
    otherWhitespace: (leading !== '' && !leading.includes('\u3000')) || trailing !== '',
  };
}

/** The runs covering text[start, end) of their joined text. */
export function sliceRuns(runs: TextRun[], start: number, end = Infinity): TextRun[] {
  const sliced: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, run.text.length);
    if (to > from) sliced.push({ text: run.text.slice(from, to), bold: run.bold });
    offset += run.text.length;
  }
  return sliced;
}

/**
 * Bold as Markdown can write it: spaces at the edges of a bold run move outside it (** text**
 * is not bold in Markdown), a bold run of spaces is plain, and neighbours of the same weight join.
 */
export function normaliseRuns(runs: TextRun[]): TextRun[] {
  const pieces = runs.flatMap((run): TextRun[] => {
    if (!run.bold) return [run];
    const leading = /^\s*/u.exec(run.text)![0];
    const trailing = /\s*$/u.exec(run.text.slice(leading.length))![0];
    const core = run.text.slice(leading.length, run.text.length - trailing.length);
    return [{ text: leading, bold: false }, { text: core, bold: true }, { text: trailing, bold: false }];
  });
  const joined: TextRun[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const last = joined.at(-1);
    if (last && last.bold === piece.bold) last.text += piece.text;
    else joined.push({ ...piece });
  }
  return joined;
}

export function addChanges(total: PunctuationChanges, more: PunctuationChanges): void {
  for (const [kind, count] of Object.entries(more) as [keyof PunctuationChanges, number][]) total[kind] = (total[kind] ?? 0) + count;
}
