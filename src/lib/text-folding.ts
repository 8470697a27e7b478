/**
 * Fold text so that what a reader types matches what the report prints: full-width and
 * half-width forms become one (NFKC: ，→, （→( ２→2), the hexagonal brackets of document
 * numbers 〔〕 become [], and whitespace disappears (Chinese has none between words).
 */
const bracketFolds: Record<string, string> = { '〔': '[', '〕': ']', '【': '[', '】': ']', '［': '[', '］': ']' };

export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〔〕【】［］]/g, (bracket) => bracketFolds[bracket])
    .replace(/\s+/gu, '');
}
