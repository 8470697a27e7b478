import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { OfficialTextRefusal } from '../official-text/official-text-refusal.ts';
import { paragraphText } from '../official-text/official-text.ts';
import { readOfficialText } from '../official-text/read-official-text.ts';
import type { OfficialDocument } from './assemble.ts';
import { ContentError } from './problems.ts';

/**
 * The official document kept beside a report (source.docx or source.txt), read the same way the
 * import reads it, as the report's text in reading order: each paragraph, and each table cell.
 */
export async function readOfficialDocument(path: string, file: string): Promise<OfficialDocument & { paragraphs: string[] }> {
  try {
    const text = await readOfficialText(path, file);
    const paragraphs = text.blocks.flatMap((block) => (block.kind === 'paragraph' ? [paragraphText(block)] : block.rows.flat()));
    return { file, extension: extname(path).slice(1).toLowerCase(), bytes: statSync(path).size, paragraphs };
  } catch (error) {
    if (error instanceof OfficialTextRefusal) throw new ContentError({ file, zh: `正式文本无法读取：${error.zh}`, en: `official document cannot be read: ${error.en}` });
    throw error;
  }
}
