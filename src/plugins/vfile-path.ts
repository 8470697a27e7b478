import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { displayPath } from '../lib/content-paths.ts';

/** The Markdown file being rendered, as a project-relative path for messages. */
export function vfileDisplayPath(file: VFile): string {
  if (!file.path) return '(Markdown)';
  const path = file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
  return displayPath(path);
}
