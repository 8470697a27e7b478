import type { OfficialBlock, OfficialText, ParagraphBlock, TableBlock, TextRun } from '../official-text.ts';
import { openDocx } from './docx-package.ts';
import { attribute, childNamed, childrenOf, nameOf, onOff, textOf, type XmlNode } from './ordered-xml.ts';
import { WordNumbering, type ListNumber } from './word-numbering.ts';
import { WordStyles } from './word-styles.ts';

/** Elements whose content is part of the text flow around them (links, tracked insertions, fields, content controls). */
const transparent = new Set(['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo', 'sdt', 'sdtContent']);

/**
 * A Word document (.docx by Word or WPS) read into paragraphs and tables, in order. A paragraph
 * keeps its runs (text and bold) and starts with the number Word generates for it. Line breaks
 * inside a paragraph (Shift+Enter) end a paragraph as a new line ends one in a .txt. Left out,
 * because a reader of the printed report does not see them as its text: deleted revisions,
 * hidden text, field codes, text boxes and drawings, footnotes, headers and footers.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<OfficialText> {
  const parts = await openDocx(bytes, file);
  const styles = new WordStyles(parts.styles);
  const reader = new BodyReader(styles, new WordNumbering(parts.numbering, styles));
  return { format: 'docx', positionUnit: 'paragraph', blocks: reader.blocksOf(childNamed(parts.document, 'body')) };
}

class BodyReader {
  private position = 0;
  private readonly styles: WordStyles;
  private readonly numbering: WordNumbering;

  constructor(styles: WordStyles, numbering: WordNumbering) {
    this.styles = styles;
    this.numbering = numbering;
  }

  /** The paragraphs and tables of the body (or a content control in it), counting positions. */
  blocksOf(container: XmlNode | undefined): OfficialBlock[] {
    const blocks: OfficialBlock[] = [];
    for (const node of container ? childrenOf(container) : []) {
      const name = nameOf(node);
      if (name === 'p') blocks.push(...this.paragraph(node, ++this.position));
      else if (name === 'tbl') blocks.push(this.table(node, ++this.position));
      else if (name === 'sdt' || name === 'customXml') blocks.push(...this.blocksOf(name === 'sdt' ? childNamed(node, 'sdtContent') : node));
    }
    return blocks;
  }

  private paragraph(paragraph: XmlNode, position: number): ParagraphBlock[] {
    const properties = childNamed(paragraph, 'pPr');
    const style = this.styles.paragraphStyleOf(properties);
    const lines: TextRun[][] = [[]];
    const add = (text: string, bold: boolean) => {
      if (text) lines.at(-1)!.push({ text, bold });
    };

    const walk = (node: XmlNode) => {
      const name = nameOf(node);
      if (name === 'r') {
        const runProperties = childNamed(node, 'rPr');
        if (onOff(runProperties, 'vanish')) return;
        const bold = this.styles.isBold(runProperties, style);
        for (const part of childrenOf(node)) {
          const partName = nameOf(part);
          if (partName === 't') add(textOf(part), bold);
          else if (partName === 'tab' || partName === 'ptab') add('\t', bold);
          else if (partName === 'br' || partName === 'cr') lines.push([]);
          else if (partName === 'noBreakHyphen') add('-', bold);
          else if (partName === 'sym') add(symbolText(part), bold);
        }
      } else if (name && transparent.has(name)) {
        childrenOf(node).forEach(walk);
      }
    };
    childrenOf(paragraph).forEach(walk);

    const number = this.numberOf(properties, style);
    if (number) lines[0].unshift({ text: number.text + separator(number, lines[0]), bold: number.bold ?? this.styles.isBold(childNamed(properties, 'rPr'), style) });
    return lines.map((runs) => ({ kind: 'paragraph', runs: mergeRuns(runs), position }));
  }

  /** The number Word prints before a paragraph: its own w:numPr, else its style's. */
  private numberOf(properties: XmlNode | undefined, style: string | undefined): ListNumber | undefined {
    const own = childNamed(properties, 'numPr');
    const fromStyle = this.styles.numberingOf(style);
    const numId = attribute(childNamed(own, 'numId'), 'val') ?? fromStyle?.numId;
    // numId 0 switches off numbering a style would give
    if (numId === undefined || numId === '0') return undefined;
    const ownLevel = attribute(childNamed(own, 'ilvl'), 'val');
    const level = ownLevel !== undefined ? Number(ownLevel) : fromStyle?.ilvl ?? this.numbering.levelOfStyle(numId, style) ?? 0;
    return this.numbering.next(numId, level);
  }

  private table(table: XmlNode, position: number): TableBlock {
    const rows = childrenOf(table).filter((node) => nameOf(node) === 'tr').map((row) => {
      const cells: string[] = [];
      for (const cell of cellsOf(row)) {
        const properties = childNamed(cell, 'tcPr');
        const span = Number(attribute(childNamed(properties, 'gridSpan'), 'val') ?? 1);
        const merge = childNamed(properties, 'vMerge');
        // A vertically merged cell prints its text once, in its first row.
        const continued = merge !== undefined && attribute(merge, 'val') !== 'restart';
        cells.push(continued ? '' : this.cellText(cell), ...Array<string>(Math.max(0, span - 1)).fill(''));
      }
      return cells;
    });
    return { kind: 'table', rows, position };
  }

  /** A cell's paragraphs (and any table nested in it), one per line. */
  private cellText(cell: XmlNode): string {
    const lines: string[] = [];
    for (const node of childrenOf(cell)) {
      const name = nameOf(node);
      if (name === 'p') lines.push(...this.paragraph(node, this.position).map((block) => block.runs.map((run) => run.text).join('')));
      else if (name === 'tbl') lines.push(...this.table(node, this.position).rows.flat());
      else if (name === 'sdt') lines.push(this.cellText(childNamed(node, 'sdtContent') ?? node));
    }
    return lines.filter((line) => line.trim() !== '').join('\n');
  }
}

/** The cells of a row, including those wrapped in a content control. */
function cellsOf(row: XmlNode): XmlNode[] {
  return childrenOf(row).flatMap((node) => {
    const name = nameOf(node);
    if (name === 'tc') return [node];
    if (name === 'sdt') return cellsOf(childNamed(node, 'sdtContent') ?? node);
    return [];
  });
}

/**
 * What stands between a list number and the text. Word shows a tab or a space as a gap; in
 * Chinese text the number's own punctuation (、 ） .) already separates it, so the gap is kept
 * only where the number would otherwise run into Latin letters or digits ("1. 2024年" is not
 * "1.2024年").
 */
function separator(number: ListNumber, runs: TextRun[]): string {
  const first = runs.find((run) => run.text.trim() !== '')?.text.trimStart() ?? '';
  return number.suffix !== 'nothing' && /^[A-Za-z0-9]/.test(first) ? ' ' : '';
}

/** A symbol inserted with Insert ▸ Symbol; characters of symbol fonts (F000–F0FF) are not text. */
function symbolText(symbol: XmlNode): string {
  const code = Number.parseInt(attribute(symbol, 'char') ?? '', 16);
  return Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff) ? String.fromCodePoint(code) : '';
}

/** Adjacent runs of the same weight as one (Word splits runs for spelling marks and revisions). */
function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}
