import { formatListNumber } from './number-formats.ts';
import { attribute, childNamed, childrenNamed, onOff, type XmlNode } from './ordered-xml.ts';
import type { WordStyles } from './word-styles.ts';

/** One level of a list definition (w:abstractNum/w:lvl). */
interface ListLevel {
  start: number;
  /** w:numFmt, e.g. decimal, chineseCounting */
  format: string;
  /** w:lvlText, e.g. "%1、" or "（%2）" */
  text: string;
  /** w:isLgl: the numbers of higher levels print as decimal */
  legal: boolean;
  /** w:lvlRestart: restart after a use of this (1-based) level; 0 never; absent after any higher level */
  restartAfter?: number;
  /** w:pStyle: the paragraph style this level belongs to */
  paragraphStyle?: string;
  /** w:suff: what Word puts between the number and the text */
  suffix: 'tab' | 'space' | 'nothing';
  bold?: boolean;
}

interface AbstractList {
  levels: Map<number, ListLevel>;
  /** w:numStyleLink: the levels live in the list a numbering style points to */
  styleLink?: string;
}

interface ListInstance {
  abstractId: string;
  /** w:lvlOverride: a level redefined, or restarted at w:startOverride, for this instance */
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

/** The number Word prints before a paragraph. */
export interface ListNumber {
  text: string;
  suffix: ListLevel['suffix'];
  bold?: boolean;
}

const maxLevels = 9;

/**
 * Word's automatic numbering (numbering.xml), computed the way Word shows it. A paragraph names a
 * list instance (w:num) and a level; instances of the same list definition (w:abstractNum)
 * share one counter per level, except where an instance overrides the start; using a level
 * restarts the levels below it. The numbers are part of the text: a chapter numbered by Word
 * prints "一、" although no such character is typed in the document.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  /** Counters per list definition and level; undefined until the level is first used */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly startedInstances = new Set<string>();

  private readonly styles: WordStyles;

  constructor(root: XmlNode | undefined, styles: WordStyles) {
    this.styles = styles;
    for (const abstract of childrenNamed(root, 'abstractNum')) {
      const id = attribute(abstract, 'abstractNumId');
      if (id === undefined) continue;
      this.abstracts.set(id, {
        levels: new Map(childrenNamed(abstract, 'lvl').map((level) => [Number(attribute(level, 'ilvl') ?? 0), readLevel(level)])),
        styleLink: attribute(childNamed(abstract, 'numStyleLink'), 'val'),
      });
    }
    for (const instance of childrenNamed(root, 'num')) {
      const id = attribute(instance, 'numId');
      const abstractId = attribute(childNamed(instance, 'abstractNumId'), 'val');
      if (id === undefined || abstractId === undefined) continue;
      this.instances.set(id, {
        abstractId,
        overrides: new Map(childrenNamed(instance, 'lvlOverride').map((override) => {
          const start = attribute(childNamed(override, 'startOverride'), 'val');
          const level = childNamed(override, 'lvl');
          return [Number(attribute(override, 'ilvl') ?? 0), { start: start === undefined ? undefined : Number(start), level: level && readLevel(level) }];
        })),
      });
    }
  }

  /** The level of a list that belongs to a paragraph style (w:lvl/w:pStyle), if one does. */
  levelOfStyle(numId: string, paragraphStyle: string | undefined): number | undefined {
    const abstract = this.abstractOf(numId);
    if (!abstract || !paragraphStyle) return undefined;
    return [...abstract.list.levels].find(([, level]) => level.paragraphStyle === paragraphStyle)?.[0];
  }

  /**
   * Count a numbered paragraph and return the number Word prints before it (undefined for none
   * and for bullets, which are not numbers). Call once per paragraph, in document order.
   */
  next(numId: string, ilvl: number): ListNumber | undefined {
    const instance = this.instances.get(numId);
    const abstract = this.abstractOf(numId);
    if (!instance || !abstract || ilvl < 0 || ilvl >= maxLevels) return undefined;
    const counters = this.counters.get(abstract.id) ?? [];
    this.counters.set(abstract.id, counters);
    if (!this.startedInstances.has(numId)) {
      // An instance that restarts a level starts that level afresh where it is first used.
      this.startedInstances.add(numId);
      for (const [overridden, override] of instance.overrides) {
        if (override.start !== undefined || override.level) counters[overridden] = undefined;
      }
    }
    const levelOf = (index: number) => instance.overrides.get(index)?.level ?? abstract.list.levels.get(index);
    const startOf = (index: number) => instance.overrides.get(index)?.start ?? levelOf(index)?.start ?? 1;
    const level = levelOf(ilvl);
    if (!level) return undefined;

    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < maxLevels; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter ?? deeper;
      if (restartAfter !== 0 && ilvl < restartAfter) counters[deeper] = undefined;
    }

    if (level.format === 'bullet') return undefined;
    const text = level.text.replace(/%([1-9])/g, (_, place: string) => {
      const index = Number(place) - 1;
      const format = level.legal && index < ilvl ? 'decimal' : levelOf(index)?.format ?? 'decimal';
      return formatListNumber(counters[index] ?? startOf(index), format) ?? '';
    });
    return text ? { text, suffix: level.suffix, bold: level.bold } : undefined;
  }

  /** The list definition an instance uses, following a numbering style's link (w:numStyleLink). */
  private abstractOf(numId: string): { id: string; list: AbstractList } | undefined {
    let id = this.instances.get(numId)?.abstractId;
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const list = this.abstracts.get(id);
      if (!list) return undefined;
      if (!list.styleLink) return { id, list };
      const linkedNumId = this.styles.numberingOf(list.styleLink)?.numId;
      id = linkedNumId === undefined ? undefined : this.instances.get(linkedNumId)?.abstractId;
    }
    return undefined;
  }
}

function readLevel(level: XmlNode): ListLevel {
  const value = (name: string) => attribute(childNamed(level, name), 'val');
  const restart = value('lvlRestart');
  const suffix = value('suff');
  return {
    start: Number(value('start') ?? 0),
    format: value('numFmt') ?? 'decimal',
    text: value('lvlText') ?? '',
    legal: onOff(level, 'isLgl') ?? false,
    restartAfter: restart === undefined ? undefined : Number(restart),
    paragraphStyle: value('pStyle'),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    bold: onOff(childNamed(level, 'rPr'), 'b'),
  };
}
