import JSZip from 'jszip';

/**
 * A minimal .docx from WordprocessingML written by hand, for reader details the `docx` library
 * does not produce (tracked changes, fields, merged cells, numbering definitions shared by
 * several lists). Parts go where Word puts them, linked by the package relationships.
 */
export async function docxFromXml(parts: { body: string; numbering?: string; styles?: string }): Promise<Buffer> {
  const namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${namespace}><w:body>${parts.body}</w:body></w:document>`);
  const related: string[] = [];
  if (parts.styles !== undefined) {
    zip.file('word/styles.xml', `<w:styles ${namespace}>${parts.styles}</w:styles>`);
    related.push(relationship('rId1', 'styles', 'styles.xml'));
  }
  if (parts.numbering !== undefined) {
    zip.file('word/numbering.xml', `<w:numbering ${namespace}>${parts.numbering}</w:numbering>`);
    related.push(relationship('rId2', 'numbering', 'numbering.xml'));
  }
  zip.file('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related.join('')}</Relationships>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A paragraph of runs; a run is text, or [text, run properties]. */
export function paragraph(runs: (string | [string, string])[], properties = ''): string {
  const run = (item: string | [string, string]) => {
    const [text, runProperties] = typeof item === 'string' ? [item, ''] : item;
    return `<w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  };
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;
}

/** A paragraph in a list: w:numPr with the list instance and level. */
export const numbered = (text: string, numId: number, ilvl = 0) => paragraph([text], `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** A list definition level. */
export const listLevel = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
