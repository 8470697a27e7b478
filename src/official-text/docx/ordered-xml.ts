import { XMLParser } from 'fast-xml-parser';

/**
 * WordprocessingML read with fast-xml-parser in document order (preserveOrder): a paragraph's
 * runs, breaks and tabs only make sense in the order Word wrote them. Namespace prefixes are
 * dropped (w:p → p): Word writes w:, other producers may choose other prefixes for the same
 * names. Text is kept exactly: no trimming, no number parsing (a run "2024" stays a string).
 * Character references (&#x4E00;) are decoded, which the parser does only with htmlEntities.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const attributesKey = ':@';
const textKey = '#text';

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** The element name of a node (undefined for text). */
export function nameOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== attributesKey && key !== textKey);
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const name = nameOf(node);
  return name ? (node[name] as XmlNode[]) : [];
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const attributes = node?.[attributesKey] as Record<string, string> | undefined;
  return attributes?.[name];
}

export function childNamed(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node ? childrenOf(node).find((child) => nameOf(child) === name) : undefined;
}

export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? childrenOf(node).filter((child) => nameOf(child) === name) : [];
}

/** The element at a path of child names, e.g. pPr → numPr → numId. */
export function descendant(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  return path.reduce<XmlNode | undefined>((current, name) => childNamed(current, name), node);
}

/** The text directly inside an element (w:t, w:instrText …). */
export function textOf(node: XmlNode): string {
  return childrenOf(node).map((child) => (typeof child[textKey] === 'string' ? child[textKey] : '')).join('');
}

/** The first element of that name in a parsed document. */
export function rootNamed(nodes: XmlNode[], name: string): XmlNode | undefined {
  return nodes.find((node) => nameOf(node) === name);
}

/**
 * A WordprocessingML on/off property (w:b, w:vanish …): present means on unless w:val says
 * otherwise; absent is undefined, so the caller can fall back to styles.
 */
export function onOff(properties: XmlNode | undefined, name: string): boolean | undefined {
  const element = childNamed(properties, name);
  if (!element) return undefined;
  const value = attribute(element, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}
