import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './content-error.ts';
import { displayPath } from './content-paths.ts';

/**
 * Read one YAML file and validate it against a schema. Every problem is reported with the
 * file, the field and, where the YAML parser knows it, the line.
 */
export function readYamlFile<T extends z.ZodType>(absolutePath: string, schema: T): z.output<T> {
  const file = displayPath(absolutePath);
  let source: string;
  try {
    source = readFileSync(absolutePath, 'utf8');
  } catch {
    throw new ContentError({ file, zh: '找不到该文件或无法读取', en: 'file missing or unreadable' });
  }
  return parseYaml(source, file, schema);
}

export function parseYaml<T extends z.ZodType>(source: string, file: string, schema: T): z.output<T> {
  const document = parseDocument(source);
  if (document.errors.length > 0) {
    throw new ContentError(document.errors.map((error) => ({
      file,
      line: error.linePos?.[0]?.line,
      zh: `YAML 格式错误，请检查缩进、冒号和引号：${error.message.split('\n')[0]}`,
      en: `malformed YAML: ${error.message.split('\n')[0]}`,
    })));
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;
  throw new ContentError(result.error.issues.map((issue): ContentProblem => {
    const [zh, en] = splitBilingual(issue.message);
    // An unknown field is reported on the object holding it; point at the field itself.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return { file, field: path.join('.') || undefined, line: lineOf(source, document, path), zh, en };
  }));
}

function lineOf(source: string, document: ReturnType<typeof parseDocument>, path: PropertyKey[]): number | undefined {
  // Point at the deepest part of the path that exists in the file (a missing field has no line).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
    if (node?.range) return lineAt(source, node.range[0]);
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Our zod messages are "中文 (English)"; split them back for the structured problem. */
function splitBilingual(message: string): [string, string] {
  const match = /^(.*?) \((.*)\)$/s.exec(message);
  return match ? [match[1], match[2]] : [message, message];
}
