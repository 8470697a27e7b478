import { Document, type Scalar, type YAMLMap } from 'yaml';

/**
 * YAML written by the `yaml` library, with a Chinese comment above each field as staff know
 * from the templates. Lines are never folded: a folded line would put a space into Chinese
 * text when read back.
 */
export function yamlWithComments(
  data: Record<string, unknown>,
  comments: Record<string, string>,
  options: { header?: string; literal?: string[]; blankLineBefore?: string[] } = {},
): string {
  const document = new Document(data);
  if (options.header) document.commentBefore = commentText(options.header);
  const map = document.contents as YAMLMap<Scalar<string>, unknown>;
  for (const pair of map.items) {
    const comment = comments[pair.key.value];
    if (comment) pair.key.commentBefore = commentText(comment);
    if (options.blankLineBefore?.includes(pair.key.value)) pair.key.spaceBefore = true;
  }
  // A preamble of several paragraphs reads best as a block: its paragraphs stand as printed.
  for (const key of options.literal ?? []) {
    const value = map.get(key, true) as Scalar | undefined;
    if (value) value.type = 'BLOCK_LITERAL';
  }
  return document.toString({ lineWidth: 0 });
}

/** The yaml library writes "#" before each line of a comment; a space after it reads better. */
function commentText(text: string): string {
  return text.split('\n').map((line) => ` ${line}`).join('\n');
}
