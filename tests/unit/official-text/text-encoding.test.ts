import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../src/official-text/text-encoding.ts';

const text = '曾都区2024年法治政府建设年度报告：“金字招牌”，6988.66万元。';

describe('decodeText', () => {
  test.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE', iconv.encode(text, 'utf-16le', { addBOM: true })],
    ['UTF-16BE', iconv.encode(text, 'utf-16be', { addBOM: true })],
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['GB18030', iconv.encode(text, 'gb18030')],
  ] as const)('reads %s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  test('reads GBK, which GB18030 contains', () => {
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GB18030' });
  });

  test('reads GB18030 characters outside GBK', () => {
    const rare = '𠀀涢潭铺';
    expect(decodeText(iconv.encode(rare, 'gb18030'))).toEqual({ text: rare, encoding: 'GB18030' });
  });

  test('takes plain ASCII for UTF-8', () => {
    expect(decodeText(Buffer.from('2024 report'))).toEqual({ text: '2024 report', encoding: 'UTF-8' });
  });
});
