/**
 * The traditional-to-simplified character table of search, made with opencc-js at build time.
 *
 * Folding works one character at a time (see foldForSearch), so that a traditional query finds
 * the simplified report text by exact substring and an excerpt can mark the report's own
 * characters. The table holds OpenCC's traditional-to-simplified characters, and the regional
 * variants used in Taiwan and Hong Kong (偽, 綫) through their OpenCC traditional form. A
 * character that is itself in simplified use (台, 吃, 么) is never folded: OpenCC only changes
 * those inside phrases, and folding them alone would make a simplified query find other words.
 */
import * as OpenCC from 'opencc-js';
import { encodeCharacterFolds } from '../core/folding.ts';

type DictGroup = readonly (string | readonly (readonly [string, string])[])[];

const isCharacter = (text: string) => [...text].length === 1;

/** The one-character entries of an OpenCC dictionary group (phrases left out), first candidate only. */
function characterEntries(groups: readonly DictGroup[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const group of groups) {
    for (const dict of group) {
      const pairs = typeof dict === 'string'
        ? dict.split('|').map((entry) => entry.split(' ') as [string, string])
        : dict;
      for (const [from, to] of pairs) {
        const [first] = (to ?? '').split(' ');
        if (from && first && isCharacter(from) && isCharacter(first) && !entries.has(from)) entries.set(from, first);
      }
    }
  }
  return entries;
}

let table: Map<string, string> | undefined;

/** Every traditional or variant character that folds, and its simplified form. */
export function traditionalFolds(): ReadonlyMap<string, string> {
  if (table) return table;
  const toSimplified = characterEntries(OpenCC.Locale.to.cn);
  const simplifiedToTraditional = characterEntries(OpenCC.Locale.from.cn);
  const simplified = new Set([...toSimplified.values(), ...simplifiedToTraditional.keys()]);
  const variants = [...characterEntries(OpenCC.Locale.from.tw), ...characterEntries(OpenCC.Locale.from.hk)];
  table = new Map();
  for (const [from, to] of toSimplified) if (from !== to && !simplified.has(from)) table.set(from, to);
  // A regional variant folds only where its OpenCC traditional form becomes simplified: 偽 → 僞 → 伪.
  // Taiwan's 著 stands for OpenCC's 着, but 著 is a simplified character of its own (显著).
  for (const [variant, traditional] of variants) {
    const to = toSimplified.get(traditional);
    if (to && variant !== to && !simplified.has(variant) && !table.has(variant)) table.set(variant, to);
  }
  return table;
}

/**
 * The part of the table the browser needs for an index: the pairs whose simplified character
 * occurs in the indexed text, encoded for the search manifest.
 */
export function foldsForIndex(indexedText: string): string {
  const present = new Set(indexedText);
  return encodeCharacterFolds(new Map([...traditionalFolds()].filter(([, to]) => present.has(to))));
}
