import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { readDocx } from './docx/read-docx.ts';
import { fileSignature, type FileSignature } from './file-signature.ts';
import { OfficialTextRefusal, saveAsDocx } from './official-text-refusal.ts';
import type { OfficialText } from './official-text.ts';
import { readTextFile } from './read-text-file.ts';

/** What to do with a file the import does not read, by what its bytes say it is. */
const advice: Record<Exclude<FileSignature, 'zip' | 'unknown'>, { zh: string; en: string }> = {
  ole: {
    zh: `这是旧版 Word（.doc）或 WPS（.wps）文件，或设置了打开密码的文档。${saveAsDocx.zh}（有密码时先取消密码）`,
    en: `this is an old Word (.doc) or WPS (.wps) file, or a password-protected document; ${saveAsDocx.en} (remove any password first)`,
  },
  pdf: {
    zh: 'PDF 文件无法可靠地还原文字和段落。请向起草单位索取 Word 版（.docx）；或从 PDF 中复制全部文字，粘贴到记事本，保存为 .txt 后再导入',
    en: 'a PDF does not keep text and paragraphs reliably; ask for the Word (.docx) version, or copy all its text into Notepad and save it as .txt',
  },
  rtf: { zh: `这是 RTF 文件。${saveAsDocx.zh}`, en: `this is an RTF file; ${saveAsDocx.en}` },
};

/**
 * Read an official document into paragraphs: a Word document (.docx, by Word or WPS) or plain
 * text (.txt). Anything else is refused with a message that says how to get a usable file,
 * and so is a file whose bytes do not match its extension.
 *
 * @param path where the file is
 * @param name the file as the user named it, for messages
 */
export async function readOfficialText(path: string, name = path): Promise<OfficialText> {
  const refuse = (zh: string, en: string): never => {
    throw new OfficialTextRefusal(name, zh, en);
  };
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) refuse('这是一个文件夹，请写明其中的报告文件', 'this is a folder; name the report file in it');
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof OfficialTextRefusal) throw error;
    return refuse('找不到该文件，或无法读取。请检查文件名和所在位置（文件名中有空格时，用英文引号把它括起来）', 'file not found or unreadable; check the name and folder (quote a name with spaces)');
  }
  if (bytes.length === 0) refuse('文件是空的（0 字节）。请重新保存或重新下载报告文件', 'the file is empty (0 bytes)');

  const extension = extname(name).toLowerCase();
  const signature = fileSignature(bytes);
  /** What to do when the bytes are a kind of document the extension does not say */
  const foreign = signature === 'zip' || signature === 'unknown' ? undefined : advice[signature];

  switch (extension) {
    case '.docx': {
      if (foreign) refuse(`文件扩展名是 .docx，内容却不是 Word 文档：${foreign.zh}`, `named .docx but not a Word document: ${foreign.en}`);
      if (signature !== 'zip') {
        refuse(`文件扩展名是 .docx，内容却不是 Word 文档（可能已损坏，或是改了扩展名的其他文件）。${saveAsDocx.zh}`, `named .docx but not a Word document (damaged, or another file renamed); ${saveAsDocx.en}`);
      }
      return readDocx(bytes, name);
    }
    case '.txt': {
      if (foreign) refuse(`文件扩展名是 .txt，内容却不是纯文本：${foreign.zh}`, `named .txt but not plain text: ${foreign.en}`);
      if (signature === 'zip') {
        refuse('文件扩展名是 .txt，内容却是压缩包（如 .docx）。请把扩展名改回 .docx 后再导入', 'named .txt but it is a zip package (such as a .docx); rename it back to .docx');
      }
      const text = readTextFile(bytes);
      // NUL never occurs in text; it does in binary files, and in UTF-16 saved without its byte-order mark.
      if (text.decodedText!.includes('\u0000')) {
        refuse('文件扩展名是 .txt，内容却不是纯文本（含有二进制数据）。请在记事本中另存为“UTF-8”编码的 .txt 后再导入', 'named .txt but holds binary data; save it from Notepad as UTF-8 text');
      }
      if (text.decodedText!.trim() === '') refuse('文件中没有文字。请重新复制报告全文后保存', 'the file holds no text');
      return text;
    }
    case '.doc':
      return refuse(`旧版 Word 文件（.doc）无法直接导入。${saveAsDocx.zh}`, `old Word files (.doc) cannot be imported; ${saveAsDocx.en}`);
    case '.wps':
      return refuse(`WPS 文字文件（.wps）无法直接导入。${saveAsDocx.zh}`, `WPS files (.wps) cannot be imported; ${saveAsDocx.en}`);
    case '.pdf':
      return refuse(advice.pdf.zh, advice.pdf.en);
    default:
      return refuse(
        `只能导入 Word 文档（.docx）或纯文本（.txt），这个文件的扩展名是“${extension || '（无）'}”。${saveAsDocx.zh}；或把全部文字复制到记事本，保存为 .txt`,
        `only .docx and .txt can be imported, not "${extension || '(none)'}"; ${saveAsDocx.en}, or copy the text into Notepad and save it as .txt`,
      );
  }
}
