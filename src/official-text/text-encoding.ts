import type { TextEncodingName } from './official-text.ts';

/**
 * Decode a text file the way Chinese office machines write them: a byte-order mark says the
 * encoding (UTF-8, UTF-16LE/BE); without one, text that is valid UTF-8 is UTF-8, and anything
 * else is GB18030, the superset of GBK and GB2312 that Windows tools still write. Valid GBK
 * text is almost never valid UTF-8, so the order of the guesses is safe.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8 BOM' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
