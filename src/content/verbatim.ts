import type { ContentProblem } from './problems.ts';

/** A piece of the report's text as staff keep it, and where it stands (for the message). */
export interface WrittenText { file: string; line?: number; text: string }

/** Forms of one punctuation mark that the comparison treats alike (besides full and half width). */
const punctuationForms: Record<string, string> = {
  '“': '"', '”': '"', '〝': '"', '〞': '"', '‘': "'", '’': "'",
  '〔': '[', '〕': ']', '【': '[', '】': ']', '〖': '[', '〗': ']', '。': '.',
};

/**
 * One character as the comparison sees it: whitespace is nothing, a full-width form is its
 * half-width twin (the Halfwidth and Fullwidth Forms block, by NFKC), and the Chinese forms of
 * quotes, document-number brackets and the full stop are their plain forms. Letters, digits and
 * every other character are themselves: words and numbers are compared exactly.
 */
function foldCharacter(character: string): string {
  if (/\s/u.test(character)) return '';
  if (character >= '\uFF01' && character <= '\uFF5E') return character.normalize('NFKC');
  return punctuationForms[character] ?? character;
}

/** Text folded for the comparison, with the piece and the offset in it that each folded character came from. */
function foldPieces(pieces: readonly WrittenText[]) {
  let folded = '';
  const origin: { piece: number; at: number }[] = [];
  pieces.forEach((piece, index) => {
    let at = 0;
    for (const character of piece.text) {
      const result = foldCharacter(character);
      for (const unit of result) {
        folded += unit;
        origin.push({ piece: index, at });
      }
      at += character.length;
    }
  });
  return { folded, origin };
}

/** A stretch of text around a place, for a message: ……前后文字…… */
function around(text: string, at: number, width = 12): string {
  const from = Math.max(0, at - width);
  const to = Math.min(text.length, at + width);
  return `${from > 0 ? '……' : ''}${text.slice(from, to)}${to < text.length ? '……' : ''}`;
}

/**
 * Compare the report's text (title, salutation, opening, every section, closing and 落款, in
 * order) with the official document's paragraphs, character for character but for whitespace
 * and the forms of punctuation. The document may or may not carry the title line; lines above
 * the title (a document number, 签发人) and, once the 落款 has ended the report, lines below it
 * (附注, 版记) are the document's, not the report's. The first difference, if any, is a problem
 * naming the file and line where the report's text departs from the document, with both texts
 * side by side.
 */
export function compareWithOfficialText(
  title: WrittenText,
  written: readonly WrittenText[],
  officialParagraphs: readonly string[],
  documentFile: string,
  options: { endsWithSignature: boolean },
): ContentProblem | undefined {
  const whole = foldPieces(officialParagraphs.map((text) => ({ file: documentFile, text })));
  const foldedTitle = foldPieces([title]).folded;
  const titleAt = whole.folded.indexOf(foldedTitle);
  const pieces = titleAt >= 0 ? [title, ...written] : written;
  const official = titleAt > 0 ? { folded: whole.folded.slice(titleAt), origin: whole.origin.slice(titleAt) } : whole;
  const report = foldPieces(pieces);
  if (report.folded === official.folded) return undefined;
  if (options.endsWithSignature && official.folded.startsWith(report.folded)) return undefined;

  let at = 0;
  while (at < report.folded.length && at < official.folded.length && report.folded[at] === official.folded[at]) at += 1;
  const officialPlace = official.origin[Math.min(at, official.origin.length - 1)];
  const officialText = officialPlace ? around(officialParagraphs[officialPlace.piece], officialPlace.at) : '';
  if (at >= report.folded.length) {
    const last = pieces.at(-1)!;
    return {
      file: last.file, line: last.line,
      zh: `报告文字与正式文本（${documentFile}）不一致：正式文本在报告结尾之后还有“${officialText}”。报告的文字和数字须与正式文本逐字一致`,
      en: `the report ends where the official text (${documentFile}) goes on: "${officialText}"`,
    };
  }
  const { piece, at: offset } = report.origin[at];
  const place = pieces[piece];
  const writtenText = around(place.text, offset);
  return {
    file: place.file, line: place.line,
    zh: at >= official.folded.length
      ? `报告文字与正式文本（${documentFile}）不一致：此处的“${writtenText}”在正式文本中没有。报告的文字和数字须与正式文本逐字一致；如正式文本确有修改，请换上新的正式文本`
      : `报告文字与正式文本（${documentFile}）不一致：此处为“${writtenText}”，正式文本为“${officialText}”。报告的文字和数字须与正式文本逐字一致；如正式文本确有修改，请换上新的正式文本`,
    en: at >= official.folded.length
      ? `text "${writtenText}" is not in the official text (${documentFile})`
      : `text differs from the official text (${documentFile}): "${writtenText}" where it reads "${officialText}"`,
  };
}
