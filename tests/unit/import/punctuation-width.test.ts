import { describe, expect, test } from 'vitest';
import { widenPunctuation } from '../../../src/import/punctuation-width.ts';

const widened = (text: string) => widenPunctuation(text).text;

describe('half-width punctuation in Chinese text becomes full width', () => {
  test.each([
    ['2024年,曾都区深入学习', '2024年，曾都区深入学习'],
    ['现将有关工作报告如下:', '现将有关工作报告如下：'],
    ['调解成功率92%,调解协议', '调解成功率92%，调解协议'],
    ['一是差距;二是优化', '一是差距；二是优化'],
    ['是否继续?', '是否继续？'],
    ['成效显著!', '成效显著！'],
    ['开通APP,提升效率', '开通APP，提升效率'],
    ['党委(党组)理论学习', '党委（党组）理论学习'],
    ['(一)坚持党的领导', '（一）坚持党的领导'],
    ['《纲要(2023-2027年)》', '《纲要（2023-2027年）》'],
    ['采用(PPP)模式', '采用（PPP）模式'],
    ['通报(鄂营商发[2025]1号)', '通报（鄂营商发〔2025〕1号）'],
    ['曾政文［2025］3号', '曾政文〔2025〕3号'],
    ['深化"放管服"改革', '深化“放管服”改革'],
    ["探索'首违不罚'模式", '探索‘首违不罚’模式'],
    ['评查案卷56件.', '评查案卷56件。'],
    ['《方案》. 下一步', '《方案》。 下一步'],
    ['全面推进.深化改革', '全面推进。深化改革'],
  ])('%s', (from, to) => {
    expect(widened(from)).toBe(to);
  });
});

describe('numbers, Latin text and what is not punctuation of Chinese text stay', () => {
  test.each([
    '调解协议涉及金额达6988.66万元',
    '共计1,000元',
    '上午9:30召开',
    '《全面深化法治领域改革纲要（2023-2027年）》',
    '首违不罚+公益减罚+轻微速罚',
    '100%',
    'f(x) and "OK", don\'t.',
    '1.坚持党的领导',
    '一.主要举措',
    '（1）开展',
    '使用.NET平台',
    '版本v1.2',
    '等等...',
    '数组[2025]',
    'https://www.zengdu.gov.cn/a.html?id=1',
  ])('%s', (text) => {
    expect(widened(text)).toBe(text);
  });
});

test('every change is counted by kind, and the length never changes', () => {
  const text = '2024年,曾都区(鄂营商发[2025]1号)"放管服"如下:完成.';
  const result = widenPunctuation(text);
  expect(result.text.length).toBe(text.length);
  expect(result.changes).toEqual({ comma: 1, colon: 1, parentheses: 2, documentNumberBrackets: 2, quotationMarks: 2, fullStop: 1 });
});
