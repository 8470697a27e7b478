import { describe, expect, test } from 'vitest';
import { cleanBlocks, normaliseRuns, sliceRuns } from '../../../src/import/clean-blocks.ts';
import type { OfficialBlock, TextRun } from '../../../src/official-text/official-text.ts';

const line = (position: number, ...runs: TextRun[]): OfficialBlock => ({ kind: 'paragraph', runs, position });
const plain = (text: string): TextRun => ({ text, bold: false });
const bold = (text: string): TextRun => ({ text, bold: true });

describe('cleanBlocks', () => {
  test('indentation, whitespace at the ends and empty lines go; what went is said', () => {
    const { blocks, emptyLines } = cleanBlocks([
      line(1, plain('\u3000\u30002024年,曾都区 推进')),
      line(2, plain('  \t')),
      line(3, plain(' （一）坚持领导 \u200b')),
      line(4),
    ]);
    expect(emptyLines).toBe(2);
    expect(blocks).toEqual([
      { kind: 'paragraph', position: 1, text: '2024年，曾都区 推进', runs: [plain('2024年，曾都区 推进')], changes: { fullWidthIndent: true, otherWhitespace: false, punctuation: { comma: 1 } } },
      { kind: 'paragraph', position: 3, text: '（一）坚持领导', runs: [plain('（一）坚持领导')], changes: { fullWidthIndent: false, otherWhitespace: true, punctuation: {} } },
    ]);
  });

  test('punctuation is widened across runs and bold stays on its characters', () => {
    const { blocks } = cleanBlocks([line(1, plain('\u3000'), bold('坚持领导.'), plain('深入学习,'), bold('100%'), plain(' '))]);
    expect(blocks[0]).toMatchObject({ text: '坚持领导。深入学习，100%', runs: [bold('坚持领导。'), plain('深入学习，'), bold('100%')] });
  });

  test('table cells are cleaned too; an empty table is an empty line', () => {
    const { blocks, emptyLines } = cleanBlocks([
      { kind: 'table', position: 1, rows: [['\u3000项目', '数量(件)'], [' 案件\n  ', '371']] },
      { kind: 'table', position: 2, rows: [[' ', '']] },
    ]);
    expect(emptyLines).toBe(1);
    expect(blocks).toEqual([{ kind: 'table', position: 1, rows: [['项目', '数量（件）'], ['案件', '371']], changes: { fullWidthIndent: true, otherWhitespace: true, punctuation: { parentheses: 2 } } }]);
  });
});

describe('runs', () => {
  test('sliceRuns cuts across run boundaries', () => {
    expect(sliceRuns([bold('（一）标题。'), plain('正文'), bold('加粗')], 3, 9)).toEqual([bold('标题。'), plain('正文'), bold('加')]);
  });

  test('normaliseRuns moves spaces out of bold and joins neighbours of a weight', () => {
    expect(normaliseRuns([plain('前'), bold(' 加粗 '), bold('  '), plain('后'), plain('文')])).toEqual([plain('前 '), bold('加粗'), plain('   后文')]);
  });
});
