/**
 * Half-width punctuation in Chinese text made full width, as GB/T 15834 sets it and as the
 * published reports print it: text copied from web pages and office systems often carries
 * , ; : ? ! ( ) . and straight quotes typed on an English keyboard. Only punctuation that
 * stands in Chinese text changes: numbers (6988.66, 1,000, 9:30), ranges (2023-2027), %, and
 * Latin text stay as they are. A document number's year brackets [2025] become 〔2025〕 (GB/T
 * 9704). Every change is one character for one character, so formatting that spans the text
 * (bold runs) stays where it was.
 */
export type PunctuationKind =
  | 'comma'
  | 'semicolon'
  | 'colon'
  | 'questionMark'
  | 'exclamationMark'
  | 'parentheses'
  | 'fullStop'
  | 'quotationMarks'
  | 'documentNumberBrackets';

export type PunctuationChanges = Partial<Record<PunctuationKind, number>>;

const clauseMarks: Record<string, [string, PunctuationKind]> = {
  ',': ['，', 'comma'],
  ';': ['；', 'semicolon'],
  ':': ['：', 'colon'],
  '?': ['？', 'questionMark'],
  '!': ['！', 'exclamationMark'],
};

/** Chinese characters, CJK and full-width punctuation: what makes a mark part of Chinese text. */
const chinese = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2014\u2018\u2019\u201c\u201d\u2026]$/u;
/** What a sentence can end with before its full stop: a character, or a closing mark after one. */
const sentenceEnd = /^[\p{Script=Han}\u201d\u2019\uff09\u300b\u300d\u300f\u3011]$/u;
/** 一. 二. at the start of a line number a list; that dot is not a full stop. */
const leadingChineseNumeral = /^\s*[一二三四五六七八九十百零〇]+$/u;
const documentNumberYear = /(?<=\p{Script=Han})[[［](\d{4})[\]］](?=\d+号)/gu;

export function widenPunctuation(text: string): { text: string; changes: PunctuationChanges } {
  const characters = [...text];
  const changes: PunctuationChanges = {};
  const replace = (index: number, to: string, kind: PunctuationKind) => {
    characters[index] = to;
    changes[kind] = (changes[kind] ?? 0) + 1;
  };
  const isChinese = (character: string | undefined) => character !== undefined && chinese.test(character);
  /** The nearest character that is not a space, either way. */
  const neighbour = (index: number, step: -1 | 1) => {
    for (let at = index + step; at >= 0 && at < characters.length; at += step) {
      if (!/\s/u.test(characters[at])) return characters[at];
    }
    return undefined;
  };
  const inChineseText = (index: number) => isChinese(neighbour(index, -1)) || isChinese(neighbour(index, 1));

  characters.forEach((character, index) => {
    const mark = clauseMarks[character];
    if (mark && inChineseText(index)) replace(index, mark[0], mark[1]);
  });

  characters.forEach((character, index) => {
    if (character !== '.') return;
    const before = characters[index - 1];
    const after = characters[index + 1];
    const endsSentence = before !== undefined && sentenceEnd.test(before) && (after === undefined || /\s/u.test(after) || isChinese(after));
    const numbersAList = leadingChineseNumeral.test(characters.slice(0, index).join(''));
    if (endsSentence && !numbersAList) replace(index, '。', 'fullStop');
  });

  // Brackets and quotes come in pairs: a pair changes when it encloses or touches Chinese text,
  // so f(x) and "OK" in Latin text stay; a mark without its partner follows its neighbours.
  pairs(characters, (character) => character === '(', (character) => character === ')').forEach(([open, close]) => {
    const touches = open === undefined
      ? isChinese(characters[close! - 1]) || isChinese(characters[close! + 1])
      : close === undefined
        ? isChinese(characters[open - 1]) || isChinese(characters[open + 1])
        : isChinese(characters[open - 1]) || isChinese(characters[close + 1]) || characters.slice(open + 1, close).some(isChinese);
    if (!touches) return;
    if (open !== undefined) replace(open, '（', 'parentheses');
    if (close !== undefined) replace(close, '）', 'parentheses');
  });

  quotePairs(characters, '"').forEach(([open, close]) => {
    if (characters.slice(open + 1, close).some(isChinese) || isChinese(characters[open - 1]) || isChinese(characters[close + 1])) {
      replace(open, '“', 'quotationMarks');
      replace(close, '”', 'quotationMarks');
    }
  });
  // Single quotes double as apostrophes in Latin text: only those touching Chinese text pair up.
  quotePairs(characters, "'", (index) => inChineseText(index)).forEach(([open, close]) => {
    if (characters.slice(open + 1, close).some(isChinese)) {
      replace(open, '‘', 'quotationMarks');
      replace(close, '’', 'quotationMarks');
    }
  });

  const widened = characters.join('').replace(documentNumberYear, (_, year: string) => {
    changes.documentNumberBrackets = (changes.documentNumberBrackets ?? 0) + 2;
    return `〔${year}〕`;
  });
  return { text: widened, changes };
}

/** Matching open/close marks by nesting; a mark without its partner comes with undefined. */
function pairs(characters: string[], isOpen: (c: string) => boolean, isClose: (c: string) => boolean): [number | undefined, number | undefined][] {
  const found: [number | undefined, number | undefined][] = [];
  const open: number[] = [];
  characters.forEach((character, index) => {
    if (isOpen(character)) open.push(index);
    else if (isClose(character)) found.push([open.pop(), index]);
  });
  return [...found, ...open.map((index): [number, undefined] => [index, undefined])];
}

/** Straight quotes paired in order of appearance: first opens, second closes. */
function quotePairs(characters: string[], quote: string, eligible: (index: number) => boolean = () => true): [number, number][] {
  const positions = characters.flatMap((character, index) => (character === quote && eligible(index) ? [index] : []));
  const found: [number, number][] = [];
  for (let index = 0; index + 1 < positions.length; index += 2) found.push([positions[index], positions[index + 1]]);
  return found;
}
