import { describe, expect, test } from 'vitest';
import { cleanBlocks } from '../../../src/import/clean-blocks.ts';
import { ImportRefusal } from '../../../src/import/import-errors.ts';
import { recogniseReport } from '../../../src/import/recognise-report.ts';
import type { OfficialBlock } from '../../../src/official-text/official-text.ts';

/** Recognise a document given as lines (a table as an array of rows). */
function recognise(lines: (string | string[][])[]) {
  const blocks = lines.map((line, index): OfficialBlock => (typeof line === 'string'
    ? { kind: 'paragraph', runs: [{ text: line, bold: false }], position: index + 1 }
    : { kind: 'table', rows: line, position: index + 1 }));
  return recogniseReport(cleanBlocks(blocks).blocks);
}

const unplacedOf = (report: ReturnType<typeof recognise>) =>
  report.unplaced.map(({ block, reason }) => [block.kind === 'paragraph' ? block.text : 'table', reason]);

describe('chapters', () => {
  test('一、 to 十二、 in sequence; a number out of sequence is text', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const report = recognise(['开头。', '三、不是章节。', ...numerals.flatMap((numeral) => [`${numeral}、第${numeral}章`, `${numeral}章正文。`]), '十三、不是章节']);
    expect(report.chapters.map((chapter) => [chapter.number, chapter.title])).toEqual(numerals.map((numeral, index) => [index + 1, `第${numeral}章`]));
    expect(report.preamble).toEqual(['开头。', '三、不是章节。']);
    expect(report.chapters.at(-1)!.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '十二章正文。', bold: false }] },
      { kind: 'paragraph', runs: [{ text: '十三、不是章节', bold: false }] },
    ]);
  });

  test('a line with a sentence after the number is text, not a chapter heading', () => {
    const report = recognise(['一、主要举措', '正文。', '二、我们做了很多。还有更多。', '二、存在的问题']);
    expect(report.chapters.map((chapter) => chapter.title)).toEqual(['主要举措', '存在的问题']);
  });

  test('no chapter heading is refused', () => {
    expect(() => recognise(['2099年，虚构测试区推进工作。', '三、做了一些事。'])).toThrow(ImportRefusal);
    expect(() => recognise(['2099年'])).toThrow('没有找到“一、……”形式的章节标题');
  });
});

describe('subsections', () => {
  test('on a line of their own a heading, with their text a run-in lead; in order, restarting per chapter', () => {
    const report = recognise([
      '一、主要举措',
      '本章导语。',
      '(一)坚持领导',
      '正文。',
      '（三）不按顺序，是正文',
      '（二）深化改革。深化改革取得进展。',
      '（三）严格执法。',
      '二、工作计划',
      '（一）持续学习。深入学习。',
    ]);
    expect(report.chapters[0].blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '本章导语。', bold: false }] },
      { kind: 'subheading', text: '（一）坚持领导' },
      { kind: 'paragraph', runs: [{ text: '正文。', bold: false }] },
      { kind: 'paragraph', runs: [{ text: '（三）不按顺序，是正文', bold: false }] },
      { kind: 'paragraph', runInSubheading: '（二）深化改革。', runs: [{ text: '深化改革取得进展。', bold: false }] },
      { kind: 'subheading', text: '（三）严格执法。' },
    ]);
    expect(report.chapters[1].blocks).toEqual([{ kind: 'paragraph', runInSubheading: '（一）持续学习。', runs: [{ text: '深入学习。', bold: false }] }]);
  });

  test('numbered items and 一是/二是 are paragraphs; tables stay tables', () => {
    const report = recognise(['一、举措', '1.第一项。', '（1）第一小项。', '①另一项。', '一是甲；二是乙。', [['项目', '数量'], ['案件', '1']]]);
    expect(report.chapters[0].blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'table']);
  });
});

describe('before the first chapter', () => {
  test('title, salutation, preamble of several paragraphs', () => {
    const report = recognise(['曾都区人民政府关于2025年法治政府建设情况的报告', '区委：', '2025年，曾都区推进法治建设。', '现将有关情况报告如下：', '一、主要举措']);
    expect(report).toMatchObject({
      title: '曾都区人民政府关于2025年法治政府建设情况的报告',
      addressee: '区委：',
      preamble: ['2025年，曾都区推进法治建设。', '现将有关情况报告如下：'],
    });
  });

  test('a title Word broke over two lines, under a letterhead and a document number', () => {
    const report = recognise(['曾都区人民政府文件', '曾政文[2025]3号', '曾都区人民政府关于2025年度法治政府', '建设情况的报告', '省人民政府:', '开头。', '一、主要举措']);
    expect(report.title).toBe('曾都区人民政府关于2025年度法治政府建设情况的报告');
    expect(report.addressee).toBe('省人民政府：');
    expect(unplacedOf(report)).toEqual([['曾都区人民政府文件', 'beforeTitle'], ['曾政文〔2025〕3号', 'beforeTitle']]);
  });

  test('without a title or salutation the opening is all preamble; a table there cannot be placed', () => {
    const report = recognise(['2024年，曾都区推进法治建设。现将有关工作报告如下：', [['项目'], ['1']], '一、主要举措']);
    expect(report.title).toBeUndefined();
    expect(report.addressee).toBeUndefined();
    expect(report.preamble).toEqual(['2024年，曾都区推进法治建设。现将有关工作报告如下：']);
    expect(unplacedOf(report)).toEqual([['table', 'tableBeforeFirstChapter']]);
  });

  test('a long line ending in a colon is preamble, not a salutation', () => {
    const report = recognise(['2024年，曾都区全面推进法治政府建设，现将有关工作报告如下：', '一、主要举措']);
    expect(report.addressee).toBeUndefined();
  });
});

describe('the end of the report', () => {
  test('closing formula and 落款 in either date form; what follows cannot be placed', () => {
    for (const date of ['2025年3月28日', '２０２５年３月２８日', '二〇二五年三月二十八日']) {
      const report = recognise(['一、工作计划', '继续努力。', '特此报告。', '曾都区人民政府', date, '（此件公开发布）']);
      expect(report).toMatchObject({ closing: '特此报告。', signature: { issuer: '曾都区人民政府', date } });
      expect(report.chapters[0].blocks).toHaveLength(1);
      expect(unplacedOf(report)).toEqual([['（此件公开发布）', 'afterSignature']]);
    }
  });

  test('joint issuers', () => {
    expect(recognise(['一、工作计划', '继续努力。', '中共虚构测试区委员会、虚构测试区人民政府', '2099年3月28日']).signature).toEqual({ issuer: '中共虚构测试区委员会、虚构测试区人民政府', date: '2099年3月28日' });
  });

  test('a 落款 without a closing formula; a date without an issuer line', () => {
    expect(recognise(['一、工作计划', '继续努力。', '曾都区人民政府', '2025年3月28日'])).toMatchObject({ closing: undefined, signature: { issuer: '曾都区人民政府', date: '2025年3月28日' } });
    const dateOnly = recognise(['一、工作计划', '继续努力。', '专此报告。', '2025年3月28日']);
    expect(dateOnly).toMatchObject({ closing: '专此报告。', signature: undefined });
    expect(unplacedOf(dateOnly)).toEqual([['2025年3月28日', 'dateWithoutIssuer']]);
  });

  test('lines after the closing formula without a 落款 cannot be placed', () => {
    const report = recognise(['一、工作计划', '继续努力。', '特此报告。', '附件：虚构的清单']);
    expect(report.chapters[0].blocks).toHaveLength(1);
    expect(unplacedOf(report)).toEqual([['附件：虚构的清单', 'afterClosing']]);
  });

  test('portal furniture is never report text, wherever it stands', () => {
    const report = recognise(['当前位置：首页 > 政务公开', '索引号：000000000/2099-00001', '发布时间：2025-03-28 来源：区司法局', '开头。', '一、工作计划', '继续努力。', '【打印本页】', '扫一扫在手机上查看当前页面', '您访问的链接即将离开"曾都区人民政府"门户网站,是否继续?']);
    expect(report.preamble).toEqual(['开头。']);
    expect(report.chapters[0].blocks).toHaveLength(1);
    expect(unplacedOf(report).map(([, reason]) => reason)).toEqual(['portalFurniture', 'portalRegisterData', ...Array(4).fill('portalFurniture')]);
  });
});
