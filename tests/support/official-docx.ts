import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type ILevelsOptions } from 'docx';

/**
 * Word documents for the import tests, generated with the `docx` library so that no binary file
 * is committed. Each fixture comes with the text Word shows for it (automatic numbers included),
 * paragraph by paragraph and cell by cell, which the import must carry over.
 */
export interface DocxFixture {
  bytes: Buffer;
  /** What a reader of the document sees, in order: paragraphs, then each table's cells row by row */
  shownText: string[];
}

/** One paragraph per line, as a clerk pastes a text into Word. */
export async function docxFromLines(lines: string[]): Promise<Buffer> {
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.toBuffer(document);
}

const bold = (text: string) => new TextRun({ text, bold: true });
const plain = (text: string) => new TextRun(text);

/** A report with typed numbers (1. （1） ①), bold runs, a line that looks like Markdown, and a table. */
export async function itemsAndTableDocx(): Promise<DocxFixture> {
  const table = [
    ['项目', '2098年', '2099年'],
    ['受理虚构案件（件）', '400', '420'],
    ['办结率', '95%', '97%'],
    ['备注', 'A|B', ''],
  ];
  const paragraphs: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [bold('虚构测试区2099年法治政府建设年度报告')] }),
    new Paragraph({ children: [plain('市人民政府：')] }),
    new Paragraph({ children: [plain('\u3000\u30002099年，虚构测试区推进法治政府建设。现将有关情况报告如下：')] }),
    new Paragraph({ children: [plain('一、主要举措和成效')] }),
    new Paragraph({ children: [bold('（一）坚持虚构的领导')] }),
    new Paragraph({ children: [bold('健全工作机制。'), plain('虚构的工作机制运行良好，全年召开会议'), bold('6次'), plain('。')] }),
    new Paragraph({ children: [plain('1.制定虚构的实施方案。')] }),
    new Paragraph({ children: [plain('2. 开展虚构的专项行动。')] }),
    new Paragraph({ children: [plain('（1）虚构的第一项。')] }),
    new Paragraph({ children: [plain('①虚构的另一项。')] }),
    new Paragraph({ children: [plain('*注：以上数据均为虚构。')] }),
    new Table({ rows: table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) }),
    new Paragraph({ children: [plain('二、下一步工作计划')] }),
    new Paragraph({ children: [plain('1.继续开展虚构的工作。')] }),
    new Paragraph({ children: [plain('特此报告。')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [plain('虚构测试区人民政府')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [plain('2100年1月15日')] }),
  ];
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
  const shownText = [
    '虚构测试区2099年法治政府建设年度报告', '市人民政府：', '2099年，虚构测试区推进法治政府建设。现将有关情况报告如下：',
    '一、主要举措和成效', '（一）坚持虚构的领导', '健全工作机制。虚构的工作机制运行良好，全年召开会议6次。',
    '1.制定虚构的实施方案。', '2. 开展虚构的专项行动。', '（1）虚构的第一项。', '①虚构的另一项。', '*注：以上数据均为虚构。',
    ...table.flat(),
    '二、下一步工作计划', '1.继续开展虚构的工作。', '特此报告。', '虚构测试区人民政府', '2100年1月15日',
  ];
  return { bytes, shownText };
}

const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({ level, format, text, start: 1 });

/**
 * A report whose chapter and subsection numbers are Word's automatic numbering, not typed: the
 * chapters through their paragraph style, the subsections and items through numbering on the
 * paragraph. Lower levels restart under each chapter; a second list instance restarts at 1.
 */
export async function automaticNumberingDocx(): Promise<DocxFixture> {
  const outline = (ilvl: number, ...runs: TextRun[]) => new Paragraph({ numbering: { reference: 'outline', level: ilvl }, children: runs });
  const item = (reference: string, text: string, instance?: number) => new Paragraph({ numbering: { reference, level: 0, ...(instance && { instance }) }, children: [plain(text)] });
  const chapter = (text: string) => new Paragraph({ style: 'ChapterHeading', children: [plain(text)] });
  const document = new Document({
    numbering: {
      config: [
        { reference: 'outline', levels: [level(0, LevelFormat.CHINESE_COUNTING, '%1、'), level(1, LevelFormat.CHINESE_COUNTING, '（%2）')] },
        { reference: 'circled', levels: [level(0, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%1')] },
        { reference: 'stems', levels: [level(0, LevelFormat.IDEOGRAPH_TRADITIONAL, '%1、')] },
        { reference: 'full-width', levels: [level(0, LevelFormat.DECIMAL_FULL_WIDTH, '%1．')] },
        { reference: 'decimal', levels: [level(0, LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    styles: {
      paragraphStyles: [{ id: 'ChapterHeading', name: 'Chapter Heading', basedOn: 'Normal', paragraph: { numbering: { reference: 'outline', level: 0 } } }],
    },
    sections: [{
      children: [
        new Paragraph({ children: [bold('关于2099年法治政府建设情况的报告')] }),
        new Paragraph({ children: [plain('2099年，虚构测试区法治政府建设取得虚构的进展。')] }),
        chapter('主要举措和成效'),
        outline(1, bold('坚持虚构的领导')),
        item('circled', '虚构的第一项。'),
        item('circled', '虚构的第二项。'),
        outline(1, plain('推进虚构的改革。虚构的改革取得进展。')),
        item('decimal', '虚构的措施。'),
        item('decimal', '虚构的又一措施。'),
        chapter('存在的问题'),
        item('stems', '虚构的问题。'),
        item('stems', '虚构的另一问题。'),
        chapter('党政主要负责人履行推进法治建设第一责任人职责情况'),
        new Paragraph({ children: [plain('虚构的主要负责人履行了职责。')] }),
        item('full-width', '虚构的职责。'),
        chapter('下一步工作安排'),
        outline(1, plain('虚构的安排')),
        item('decimal', '虚构的计划。', 2),
      ],
    }],
  });
  const shownText = [
    '关于2099年法治政府建设情况的报告', '2099年，虚构测试区法治政府建设取得虚构的进展。',
    '一、主要举措和成效', '（一）坚持虚构的领导', '①虚构的第一项。', '②虚构的第二项。', '（二）推进虚构的改革。虚构的改革取得进展。',
    '1.虚构的措施。', '2.虚构的又一措施。',
    '二、存在的问题', '甲、虚构的问题。', '乙、虚构的另一问题。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况', '虚构的主要负责人履行了职责。', '１．虚构的职责。',
    '四、下一步工作安排', '（一）虚构的安排', '1.虚构的计划。',
  ];
  return { bytes: await Packer.toBuffer(document), shownText };
}
