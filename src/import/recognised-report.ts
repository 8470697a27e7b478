import type { TextRun } from '../official-text/official-text.ts';
import type { CleanBlock } from './cleaned-text.ts';

/** A block of a chapter's text, as the chapter file will hold it. */
export type ChapterBlock =
  /** A subsection heading on a line of its own: ## （一）… */
  | { kind: 'subheading'; text: string }
  /** A paragraph; a run-in subsection heading (（一）标题。) leads it in bold */
  | { kind: 'paragraph'; runs: TextRun[]; runInSubheading?: string }
  | { kind: 'table'; rows: string[][] };

export interface Chapter {
  /** 1 for 一、 */
  number: number;
  /** The heading without its number */
  title: string;
  blocks: ChapterBlock[];
}

/** Why a line of the document has no place in the report, which decides the advice staff get. */
export type UnplacedReason =
  | 'portalFurniture'
  | 'portalRegisterData'
  | 'beforeTitle'
  | 'tableBeforeFirstChapter'
  | 'afterClosing'
  | 'afterSignature'
  | 'dateWithoutIssuer';

export interface UnplacedBlock {
  block: CleanBlock;
  reason: UnplacedReason;
}

/** The parts of a report found in a document. */
export interface RecognisedReport {
  /** The title as printed, when the document has one */
  title?: string;
  /** 主送机关, e.g. 区委： */
  addressee?: string;
  /** The paragraphs between title (or salutation) and the first chapter */
  preamble: string[];
  chapters: Chapter[];
  /** 特此报告。 */
  closing?: string;
  /** 落款 */
  signature?: { issuer: string; date: string };
  /** Lines that could not be placed, in document order: they are not written */
  unplaced: UnplacedBlock[];
}
