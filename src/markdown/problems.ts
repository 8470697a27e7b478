import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Report a problem in staff-written Markdown the unified way, as a message on the file: its
 * reason in Chinese for staff, its note in English for engineers, its place the line. The content
 * loader turns every message into a content error naming the file (src/content/load.ts).
 */
export function reportProblem(file: VFile, node: Node, zh: string, en: string): void {
  const message = file.message(zh, { place: node.position, source: 'report-markdown' });
  message.note = en;
}
