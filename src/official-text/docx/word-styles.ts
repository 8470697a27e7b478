import { attribute, childNamed, childrenNamed, descendant, onOff, type XmlNode } from './ordered-xml.ts';

/** Numbering a paragraph takes from its style (w:pPr/w:numPr of the style or one it is based on). */
export interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

interface Style {
  type: string;
  basedOn?: string;
  paragraphProperties?: XmlNode;
  runProperties?: XmlNode;
}

/**
 * The styles of a document (styles.xml), for the two things the import needs from them: whether
 * text is bold, and which list a paragraph style numbers its paragraphs with. Both follow the
 * basedOn chain, the way Word resolves them.
 */
export class WordStyles {
  private readonly styles = new Map<string, Style>();
  private readonly defaultParagraphStyle?: string;
  private readonly defaultBold: boolean;

  constructor(root: XmlNode | undefined) {
    let defaultParagraphStyle: string | undefined;
    for (const style of childrenNamed(root, 'style')) {
      const id = attribute(style, 'styleId');
      if (!id) continue;
      const type = attribute(style, 'type') ?? 'paragraph';
      this.styles.set(id, {
        type,
        basedOn: attribute(childNamed(style, 'basedOn'), 'val'),
        paragraphProperties: childNamed(style, 'pPr'),
        runProperties: childNamed(style, 'rPr'),
      });
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(attribute(style, 'default') ?? '')) defaultParagraphStyle = id;
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
    this.defaultBold = onOff(descendant(root, 'docDefaults', 'rPrDefault', 'rPr'), 'b') ?? false;
  }

  /** The style a paragraph has: its w:pStyle, else the document's default paragraph style. */
  paragraphStyleOf(paragraphProperties: XmlNode | undefined): string | undefined {
    return attribute(childNamed(paragraphProperties, 'pStyle'), 'val') ?? this.defaultParagraphStyle;
  }

  /**
   * Whether a run is bold: its own w:b, else its character style, else its paragraph's style,
   * else the document defaults. (w:b is formally a toggle between style levels; reports do not
   * rely on that, and the first answer found is what Word shows in practice.)
   */
  isBold(runProperties: XmlNode | undefined, paragraphStyle: string | undefined): boolean {
    return onOff(runProperties, 'b')
      ?? this.inChain(attribute(childNamed(runProperties, 'rStyle'), 'val'), (style) => onOff(style.runProperties, 'b'))
      ?? this.inChain(paragraphStyle, (style) => onOff(style.runProperties, 'b'))
      ?? this.defaultBold;
  }

  /** The list numbering a paragraph style gives its paragraphs, if any. */
  numberingOf(paragraphStyle: string | undefined): StyleNumbering | undefined {
    return this.inChain(paragraphStyle, (style) => {
      const numPr = childNamed(style.paragraphProperties, 'numPr');
      if (!numPr) return undefined;
      const ilvl = attribute(childNamed(numPr, 'ilvl'), 'val');
      return { numId: attribute(childNamed(numPr, 'numId'), 'val'), ilvl: ilvl === undefined ? undefined : Number(ilvl) };
    });
  }

  /** The first answer along a style's basedOn chain (guarded against cycles). */
  private inChain<T>(styleId: string | undefined, answer: (style: Style) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) return undefined;
      const found = answer(style);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}
