import JSZip from 'jszip';
import { OfficialTextRefusal, saveAsDocx } from '../official-text-refusal.ts';
import { attribute, childrenNamed, parseXml, rootNamed, type XmlNode } from './ordered-xml.ts';

/** The parts of a Word package the import reads, parsed. */
export interface DocxParts {
  document: XmlNode;
  styles?: XmlNode;
  numbering?: XmlNode;
}

const relationshipTypes = {
  officeDocument: /\/officeDocument$/,
  styles: /\/styles$/,
  numbering: /\/numbering$/,
};

/**
 * Open a .docx (an Open Packaging zip) and find its parts through the package relationships,
 * as Word does, rather than by assuming file names: Word and WPS both write word/document.xml,
 * but the relationships are what the format promises.
 */
export async function openDocx(bytes: Uint8Array, file: string): Promise<DocxParts> {
  const refuse = (zh: string, en: string): never => {
    throw new OfficialTextRefusal(file, zh, en);
  };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return refuse(`文件已损坏，无法作为 .docx 打开。${saveAsDocx.zh}`, `damaged: cannot be opened as a .docx; ${saveAsDocx.en}`);
  }
  const read = async (path: string | undefined): Promise<XmlNode[] | undefined> => {
    const entry = path ? zip.file(path) : null;
    return entry ? parseXml(await entry.async('string')) : undefined;
  };

  const packageRelationships = relationships(await read('_rels/.rels'), '');
  const documentPath = packageRelationships.find(({ type }) => relationshipTypes.officeDocument.test(type))?.target ?? 'word/document.xml';
  const document = rootNamed((await read(documentPath)) ?? [], 'document');
  if (!document) {
    refuse(`这是一个压缩包，但不是 Word 文档（其中没有正文 ${documentPath}）。${saveAsDocx.zh}`, `a zip package but not a Word document (no ${documentPath}); ${saveAsDocx.en}`);
  }

  const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
  const documentName = documentPath.slice(folder.length);
  const partRelationships = relationships(await read(`${folder}_rels/${documentName}.rels`), folder);
  const partPath = (type: RegExp) => partRelationships.find((relationship) => type.test(relationship.type))?.target;
  return {
    document: document!,
    styles: rootNamed((await read(partPath(relationshipTypes.styles))) ?? [], 'styles'),
    numbering: rootNamed((await read(partPath(relationshipTypes.numbering))) ?? [], 'numbering'),
  };
}

/** The relationships of a part, targets resolved to paths inside the zip. */
function relationships(nodes: XmlNode[] | undefined, folder: string): { type: string; target: string }[] {
  const root = nodes && rootNamed(nodes, 'Relationships');
  return childrenNamed(root, 'Relationship')
    .filter((relationship) => attribute(relationship, 'TargetMode') !== 'External')
    .map((relationship) => ({
      type: attribute(relationship, 'Type') ?? '',
      target: resolveTarget(folder, attribute(relationship, 'Target') ?? ''),
    }));
}

function resolveTarget(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${folder}${target}`.split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}
