import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { OfficialTextRefusal } from '../../../src/official-text/official-text-refusal.ts';
import { paragraphText } from '../../../src/official-text/official-text.ts';
import { readOfficialText } from '../../../src/official-text/read-official-text.ts';
import { docxFromLines } from '../../support/official-docx.ts';

const dir = mkdtempSync(join(tmpdir(), 'official-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusalOf(path: string): Promise<OfficialTextRefusal> {
  const error = await readOfficialText(path, path).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(OfficialTextRefusal);
  expect((error as Error).message).toContain(path);
  return error as OfficialTextRefusal;
}

// The first bytes of an OLE compound file (.doc, .wps, password-protected .docx) and of a PDF
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n');

describe('plain text', () => {
  test('every line is a paragraph, numbered by its line in the file', async () => {
    const text = await readOfficialText(file('report.txt', '标题\r\n\r\n　　第一段，\r\n第二段\r\n'));
    expect(text).toMatchObject({ format: 'txt', positionUnit: 'line', encoding: 'UTF-8' });
    expect(text.blocks.map((block) => block.kind === 'paragraph' && [block.position, paragraphText(block)])).toEqual([
      [1, '标题'], [2, ''], [3, '　　第一段，'], [4, '第二段'],
    ]);
  });

  test('a Notepad "Unicode" file (UTF-16LE with its byte-order mark)', async () => {
    const text = await readOfficialText(file('unicode.txt', iconv.encode('一、主要举措\r\n正文。', 'utf-16le', { addBOM: true })));
    expect(text.encoding).toBe('UTF-16LE');
    expect(text.blocks.map((block) => block.kind === 'paragraph' && paragraphText(block))).toEqual(['一、主要举措', '正文。']);
  });

  test('the extension is matched without regard to case', async () => {
    expect((await readOfficialText(file('REPORT.TXT', '一、标题'))).format).toBe('txt');
  });
});

describe('Word', () => {
  test('a .docx is read paragraph by paragraph', async () => {
    const text = await readOfficialText(file('report.docx', await docxFromLines(['标题', '一、主要举措'])));
    expect(text).toMatchObject({ format: 'docx', positionUnit: 'paragraph' });
    expect(text.blocks.map((block) => block.kind === 'paragraph' && paragraphText(block))).toEqual(['标题', '一、主要举措']);
  });
});

describe('refusals say what is wrong and how to get a usable file', () => {
  test.each([
    ['report.doc', ole, '另存为 .docx'],
    ['report.doc', Buffer.from('anything'), '旧版 Word 文件（.doc）'],
    ['report.wps', ole, 'WPS 文字文件（.wps）'],
    ['report.pdf', pdf, '请向起草单位索取 Word 版（.docx）'],
    ['report.odt', Buffer.from('PK\u0003\u0004'), '只能导入 Word 文档（.docx）或纯文本（.txt）'],
    ['report', Buffer.from('一、标题'), '扩展名是“（无）”'],
  ])('%s', async (name, bytes, message) => {
    const refusal = await refusalOf(file(name, bytes));
    expect(refusal.zh).toContain(message);
    expect(refusal.en).not.toBe('');
  });

  test('an empty file', async () => {
    expect((await refusalOf(file('empty.docx', ''))).zh).toContain('文件是空的');
    expect((await refusalOf(file('empty.txt', ''))).zh).toContain('文件是空的');
    expect((await refusalOf(file('blank.txt', ' \r\n　\n'))).zh).toContain('没有文字');
  });

  test('a file whose bytes do not match its extension', async () => {
    expect((await refusalOf(file('renamed-doc.docx', ole))).zh).toMatch(/扩展名是 \.docx，内容却不是 Word 文档：这是旧版 Word（\.doc）.*另存为 \.docx/);
    expect((await refusalOf(file('renamed-pdf.docx', pdf))).zh).toContain('PDF 文件无法可靠地还原文字');
    expect((await refusalOf(file('text.docx', '一、主要举措'))).zh).toContain('内容却不是 Word 文档');
    expect((await refusalOf(file('docx.txt', await docxFromLines(['一、标题'])))).zh).toContain('改回 .docx');
    expect((await refusalOf(file('doc.txt', ole))).zh).toContain('这是旧版 Word（.doc）');
    expect((await refusalOf(file('binary.txt', Buffer.from([0x31, 0x00, 0x32, 0x00])))).zh).toContain('二进制');
  });

  test('a zip that is not a Word document, and a damaged one', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const workbook = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await refusalOf(file('workbook.docx', workbook))).zh).toContain('不是 Word 文档');
    expect((await refusalOf(file('damaged.docx', workbook.subarray(0, 40)))).zh).toContain('已损坏');
  });

  test('a file that is not there, and a folder', async () => {
    expect((await refusalOf(join(dir, 'missing.docx'))).zh).toContain('找不到该文件');
    mkdirSync(join(dir, 'folder.docx'));
    expect((await refusalOf(join(dir, 'folder.docx'))).zh).toContain('文件夹');
  });
});
