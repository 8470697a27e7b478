import { chineseNumeral } from '../content/chinese-numerals.ts';

/**
 * How the parts of a 法治政府建设年度报告 look on a line of their own, after cleaning (full-width
 * punctuation, no whitespace at the ends). Each test is about one line; where the line stands
 * in the document is decided in recognise-report.ts.
 */

/** Chapters and subsections are numbered 一 to 十二 (a report has a handful). */
export const maxNumber = 12;

/**
 * A chapter heading "一、…": the number expected next, then a title of its own line (a heading
 * has no full stop inside it). "三、" before "二、" has come is text, not a chapter.
 */
export function chapterTitle(text: string, expected: number): string | undefined {
  if (expected > maxNumber) return undefined;
  const prefix = `${chineseNumeral(expected)}、`;
  if (!text.startsWith(prefix)) return undefined;
  const title = text.slice(prefix.length).trim();
  const fullStop = title.indexOf('。');
  if (title === '' || title.length > 100 || (fullStop >= 0 && fullStop < title.length - 1)) return undefined;
  return title;
}

/** The length of a subsection number "（一）" (half- or full-width brackets) expected next, at the start of a line. */
export function subsectionNumberLength(text: string, expected: number): number | undefined {
  if (expected > maxNumber) return undefined;
  const match = /^[（(]([一二三四五六七八九十]{1,3})[）)]/u.exec(text);
  return match && match[1] === chineseNumeral(expected) ? match[0].length : undefined;
}

/** A title line: no sentence punctuation at its end, short, and naming a report. */
export const headingLike = (text: string) => text.length <= 60 && !/[。！？；，：:,;]$/u.test(text);
export const namesAReport = (text: string) => text.includes('报告');

/** The letterhead and document number above a title (曾都区人民政府文件, 曾政文〔2025〕3号), which are not its text. */
export const letterheadOrDocumentNumber = (text: string) => /文件$|〔\d{4}〕\d+号$|^签发人/u.test(text);

/** 主送机关: a short line ending in a colon, e.g. "区委：" or "省人民政府：". */
export const salutation = (text: string) => text.length <= 30 && /^[^，。；！？,;]+[：:]$/u.test(text);

/** The closing formula: 特此报告。 专此报告。 */
export const closingFormula = (text: string) => /^(特此|专此)(报告|汇报)[。！]?$/u.test(text);

/** The date of the 落款: 2025年3月28日 (digits of either width), or 二〇二五年三月二十八日. */
export const signatureDate = (text: string) =>
  /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/u.test(text) || /^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/u.test(text);

/**
 * The issuer of the 落款: the name of a body on a short line of its own, without sentence
 * punctuation (joint issuers may be separated by 、 or spaces).
 */
export const signatureIssuer = (text: string) => text.length <= 40 && /\p{Script=Han}/u.test(text) && !/[，。；：！？,.;:!?（）()]/u.test(text);
