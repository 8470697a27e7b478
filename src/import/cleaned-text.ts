import type { TextRun } from '../official-text/official-text.ts';
import type { PunctuationChanges } from './punctuation-width.ts';

/** What cleaning did to one line or table, counted for the summary. */
export interface LineChanges {
  /** Leading full-width spaces (the indentation of Chinese paragraphs) removed */
  fullWidthIndent: boolean;
  /** Other leading or trailing whitespace removed */
  otherWhitespace: boolean;
  punctuation: PunctuationChanges;
}

export interface CleanParagraph {
  kind: 'paragraph';
  runs: TextRun[];
  /** The runs joined */
  text: string;
  position: number;
  changes: LineChanges;
}

export interface CleanTable {
  kind: 'table';
  rows: string[][];
  position: number;
  changes: LineChanges;
}

/** A paragraph or table of the document after cleaning; empty lines are gone. */
export type CleanBlock = CleanParagraph | CleanTable;
