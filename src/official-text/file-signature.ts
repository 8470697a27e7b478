/**
 * What the first bytes of a file say it is, whatever its extension: staff rename files, and
 * office systems hand out old .doc files named .docx.
 */
export type FileSignature = 'zip' | 'ole' | 'pdf' | 'rtf' | 'unknown';

const signatures: [FileSignature, number[]][] = [
  // Every .docx (and .xlsx, .pptx, .odt …) is a zip package
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  // OLE compound file: .doc, .wps, .xls, and password-protected .docx
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
];

export function fileSignature(bytes: Uint8Array): FileSignature {
  for (const [name, magic] of signatures) {
    if (magic.every((byte, index) => bytes[index] === byte)) return name;
  }
  return 'unknown';
}
