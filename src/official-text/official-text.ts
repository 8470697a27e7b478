/**
 * An official document read into paragraphs: what the import structures and what the verbatim
 * check compares content against. The text is as the document holds it (Word's automatic
 * numbers included); nothing is cleaned here.
 */

/** A stretch of text with the one formatting the site keeps: bold. */
export interface TextRun {
  text: string;
  bold: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  /** Where it stands in the file, 1-based: a line of a .txt, a paragraph (or table) of a .docx */
  position: number;
}

export interface TableBlock {
  kind: 'table';
  /** Rows of cells, each cell's text; a cell of several paragraphs joins them with "\n" */
  rows: string[][];
  position: number;
}

export type OfficialBlock = ParagraphBlock | TableBlock;

/** How the bytes of a .txt were decoded. */
export type TextEncodingName = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export interface OfficialText {
  format: 'docx' | 'txt';
  /** What `position` counts: lines of a .txt, paragraphs of a .docx */
  positionUnit: 'line' | 'paragraph';
  blocks: OfficialBlock[];
  /** .txt only: the encoding read and the decoded text (to keep the file as UTF-8) */
  encoding?: TextEncodingName;
  decodedText?: string;
}

/** The text of a paragraph, runs joined. */
export function paragraphText(block: ParagraphBlock): string {
  return block.runs.map((run) => run.text).join('');
}
