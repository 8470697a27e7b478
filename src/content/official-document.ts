import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { OfficialDocument } from './assemble.ts';
import { ContentError } from './problems.ts';

/** The official document's text, one entry per paragraph. (Plain text for now; Word comes with the import.) */
export function readOfficialDocument(path: string, file: string): OfficialDocument & { paragraphs: string[] } {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension !== 'txt') {
    throw new ContentError({ file, zh: '正式文本须为 source.txt', en: 'the official document must be source.txt' });
  }
  const bytes = readFileSync(path);
  const text = new TextDecoder('utf-8').decode(bytes);
  return { file, extension, bytes: statSync(path).size, paragraphs: text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) };
}
