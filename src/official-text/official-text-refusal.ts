/**
 * A file that cannot be read as an official document. The message is for staff: what is wrong
 * and how to get a usable file, in Chinese, with English beside it for engineers.
 */
export class OfficialTextRefusal extends Error {
  /** The file as the user named it */
  readonly file: string;
  /** What is wrong and what to do, in Chinese */
  readonly zh: string;
  /** The same in English */
  readonly en: string;

  constructor(file: string, zh: string, en: string) {
    super(`无法导入 ${file}：${zh}\n  (Cannot import ${file}: ${en})`);
    this.name = 'OfficialTextRefusal';
    this.file = file;
    this.zh = zh;
    this.en = en;
  }
}

/** The advice for every file Word or WPS can open but the import cannot read. */
export const saveAsDocx = {
  zh: '请在 Word 或 WPS 中打开，另存为 .docx 后再导入',
  en: 'open it in Word or WPS and save it as .docx, then import that',
};
