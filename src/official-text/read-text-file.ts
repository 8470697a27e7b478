import type { OfficialText, ParagraphBlock } from './official-text.ts';
import { decodeText } from './text-encoding.ts';

/**
 * A plain-text document: every line is a paragraph, as text copied from the office system or
 * the portal has it. Positions are line numbers, so staff can find a line in their editor.
 */
export function readTextFile(bytes: Uint8Array): OfficialText {
  const { text, encoding } = decodeText(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const blocks: ParagraphBlock[] = lines.map((line, index) => ({
    kind: 'paragraph',
    runs: [{ text: line, bold: false }],
    position: index + 1,
  }));
  return { format: 'txt', positionUnit: 'line', blocks, encoding, decodedText: text };
}
