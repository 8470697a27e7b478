import { normaliseRuns, sliceRuns } from './clean-blocks.ts';
import type { CleanBlock, CleanParagraph } from './cleaned-text.ts';
import { ImportRefusal } from './import-errors.ts';
import { portalFurniture } from './portal-furniture.ts';
import type { Chapter, ChapterBlock, RecognisedReport, UnplacedBlock } from './recognised-report.ts';
import {
  chapterTitle, closingFormula, headingLike, letterheadOrDocumentNumber, namesAReport, salutation,
  signatureDate, signatureIssuer, subsectionNumberLength,
} from './report-patterns.ts';

const isParagraph = (block: CleanBlock | undefined): block is CleanParagraph => block?.kind === 'paragraph';

/**
 * Find the parts of a report in its cleaned lines, in the order an official report has them:
 * title, salutation, preamble, chapters 一、二、… (with subsections （一）（二）…), closing
 * formula, 落款 (issuer and date). Lines that fit nowhere — portal furniture, letterhead, what
 * follows the 落款 — are returned as unplaced, never silently dropped.
 */
export function recogniseReport(blocks: CleanBlock[]): RecognisedReport {
  const unplaced: UnplacedBlock[] = [];
  const content = blocks.filter((block) => {
    const furniture = isParagraph(block) ? portalFurniture(block.text) : undefined;
    if (furniture) unplaced.push({ block, reason: furniture });
    return !furniture;
  });

  const headings: { index: number; number: number; title: string }[] = [];
  content.forEach((block, index) => {
    const title = isParagraph(block) ? chapterTitle(block.text, headings.length + 1) : undefined;
    if (title !== undefined) headings.push({ index, number: headings.length + 1, title });
  });
  if (headings.length === 0) {
    throw new ImportRefusal(
      '没有找到“一、……”形式的章节标题。请确认这是报告全文，且各章标题单独成行、以“一、”“二、”……开头（Word 自动编号的标题也可以）',
      'no chapter heading of the form "一、…" found; make sure the file holds the whole report, each chapter heading on a line of its own',
    );
  }

  const front = recogniseFront(content.slice(0, headings[0].index));
  const last = headings.at(-1)!;
  const ending = recogniseEnding(content.slice(last.index + 1));
  const chapters: Chapter[] = headings.map((heading, order) => {
    const end = order + 1 < headings.length ? headings[order + 1].index : last.index + 1 + ending.bodyLength;
    return { number: heading.number, title: heading.title, blocks: chapterBlocks(content.slice(heading.index + 1, end)) };
  });

  const all = [...unplaced, ...front.unplaced, ...ending.unplaced];
  all.sort((a, b) => blocks.indexOf(a.block) - blocks.indexOf(b.block));
  return {
    title: front.title,
    addressee: front.addressee,
    preamble: front.preamble,
    chapters,
    closing: ending.closing,
    signature: ending.signature,
    unplaced: all,
  };
}

/**
 * Before the first chapter: a title (one line naming the report, or two when Word broke it),
 * possibly under a letterhead; a salutation; then the preamble.
 */
function recogniseFront(blocks: CleanBlock[]) {
  const unplaced: UnplacedBlock[] = [];
  let index = 0;
  let title: string | undefined;

  const headingZone = blocks.findIndex((block) => !isParagraph(block) || !headingLike(block.text) || salutation(block.text));
  const zone = blocks.slice(0, headingZone < 0 ? blocks.length : headingZone) as CleanParagraph[];
  const titleLine = zone.findIndex((block) => namesAReport(block.text));
  if (titleLine >= 0) {
    const joinsPrevious = titleLine > 0 && !letterheadOrDocumentNumber(zone[titleLine - 1].text) && !namesAReport(zone[titleLine - 1].text);
    const titleStart = joinsPrevious ? titleLine - 1 : titleLine;
    unplaced.push(...zone.slice(0, titleStart).map((block) => ({ block, reason: 'beforeTitle' as const })));
    title = zone.slice(titleStart, titleLine + 1).map((block) => block.text).join('');
    index = titleLine + 1;
  }

  let addressee: string | undefined;
  const next = blocks[index];
  if (isParagraph(next) && salutation(next.text)) {
    addressee = next.text;
    index++;
  }

  const preamble: string[] = [];
  for (const block of blocks.slice(index)) {
    if (isParagraph(block)) preamble.push(block.text);
    else unplaced.push({ block, reason: 'tableBeforeFirstChapter' });
  }
  return { title, addressee, preamble, unplaced };
}

/**
 * After the last chapter heading: the chapter's text, then the closing formula and the 落款
 * (issuer line above a date line). Whatever follows the closing formula or the 落款 — notes
 * such as （此件公开发布）, attachments — has no place on the site.
 */
function recogniseEnding(blocks: CleanBlock[]) {
  const unplaced: UnplacedBlock[] = [];
  const paragraphAt = (index: number) => (isParagraph(blocks[index]) ? (blocks[index] as CleanParagraph) : undefined);

  let dateIndex: number | undefined;
  for (let index = blocks.length - 1; index >= 0 && dateIndex === undefined; index--) {
    if (signatureDate(paragraphAt(index)?.text ?? '')) dateIndex = index;
  }
  const issuerIndex = dateIndex !== undefined && dateIndex > 0 && signatureIssuer(paragraphAt(dateIndex - 1)?.text ?? '') && !closingFormula(paragraphAt(dateIndex - 1)!.text)
    ? dateIndex - 1
    : undefined;
  const signatureStart = issuerIndex ?? dateIndex ?? blocks.length;

  let closingIndex: number | undefined;
  for (let index = signatureStart - 1; index >= 0 && closingIndex === undefined; index--) {
    if (closingFormula(paragraphAt(index)?.text ?? '')) closingIndex = index;
  }

  if (closingIndex !== undefined) {
    unplaced.push(...blocks.slice(closingIndex + 1, signatureStart).map((block) => ({ block, reason: 'afterClosing' as const })));
  }
  if (dateIndex !== undefined) {
    if (issuerIndex === undefined) unplaced.push({ block: blocks[dateIndex], reason: 'dateWithoutIssuer' });
    unplaced.push(...blocks.slice(dateIndex + 1).map((block) => ({ block, reason: 'afterSignature' as const })));
  }
  return {
    bodyLength: closingIndex ?? signatureStart,
    closing: closingIndex === undefined ? undefined : paragraphAt(closingIndex)!.text,
    signature: issuerIndex === undefined ? undefined : { issuer: paragraphAt(issuerIndex)!.text, date: paragraphAt(dateIndex!)!.text },
    unplaced,
  };
}

/**
 * A chapter's text. Subsections （一）（二）… come in order: on a line of their own a subsection
 * is a heading; with its text on the same line, its title up to the first 。 leads the
 * paragraph in bold. Numbered items (1. （1） ①) and 一是…二是… are paragraphs like any other.
 */
function chapterBlocks(blocks: CleanBlock[]): ChapterBlock[] {
  let expected = 1;
  return blocks.map((block): ChapterBlock => {
    if (block.kind === 'table') return { kind: 'table', rows: block.rows };
    const numberLength = subsectionNumberLength(block.text, expected);
    if (numberLength === undefined) return { kind: 'paragraph', runs: block.runs };
    expected++;
    const fullStop = block.text.indexOf('。', numberLength);
    if (fullStop < 0 || block.text.slice(fullStop + 1).trim() === '') return { kind: 'subheading', text: block.text };
    return {
      kind: 'paragraph',
      runInSubheading: block.text.slice(0, fullStop + 1),
      runs: normaliseRuns(sliceRuns(block.runs, fullStop + 1)),
    };
  });
}
