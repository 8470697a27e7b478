import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './problems.ts';
import { displayPath } from './paths.ts';

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
  const document = parseDocument(source, { prettyErrors: false });
  if (document.errors.length > 0) {
    throw new ContentError(document.errors.map((error) => ({
      file,
      line: error.linePos?.[0]?.line ?? lineAt(source, error.pos[0]),
      zh: `YAML 格式错误，请检查缩进、冒号和引号：${error.message.split('\n')[0]}`,
      en: `malformed YAML: ${error.message.split('\n')[0]}`,
    })));
  }
  const data = document.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(result.error.issues.flatMap((issue): ContentProblem[] => {
    // An unknown field: name it and point at its line, so a typo is easy to find.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          file, field: path.join('.'), line: lineOf(source, document, path),
          zh: `未知字段 “${key}”：请检查拼写，或删除该行（允许的字段见文件中的注释和使用说明）`,
          en: `unknown field "${key}"`,
        };
      });
    }
    const field = issue.path.join('.') || undefined;
    if (issue.path.length > 0 && valueAt(data, issue.path) === undefined) {
      return [{ file, field, zh: `缺少必填字段 “${field}”，请补上`, en: `required field "${field}" is missing` }];
    }
    const [zh, en] = splitBilingual(issue.message);
    return [{ file, field, line: lineOf(source, document, issue.path), zh, en }];
  }));
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function lineOf(source: string, document: ReturnType<typeof parseDocument>, path: PropertyKey[]): number | undefined {
  // Point at the deepest part of the path that exists in the file (a missing field has no line).
  for (let depth = path.length; depth >= 1; depth--) {
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
