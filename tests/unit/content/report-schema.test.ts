import { describe, expect, test } from 'vitest';
import { reportSchema } from '../../../src/content/schemas/report.ts';
import { parseYaml } from '../../../src/content/yaml.ts';

const base = { title: '测试报告', year: 2099, issuer: '测试区人民政府', summary: '摘要。', preamble: '开头。' };

describe('report.yaml schema: 政务公开 fields', () => {
  test('published may be written with or without quotes and stays the date as written', () => {
    const yaml = (published: string) => `title: 测试报告\nyear: 2099\nissuer: 测试区人民政府\nsummary: 摘要。\npreamble: 开头。\npublished: ${published}\n`;
    expect(parseYaml(yaml('2099-01-02'), 'report.yaml', reportSchema).published).toBe('2099-01-02');
    expect(parseYaml(yaml('"2099-01-02"'), 'report.yaml', reportSchema).published).toBe('2099-01-02');
  });

  test('索引号, 主题分类 and the publication date are optional and never filled in', () => {
    const report = reportSchema.parse(base);
    expect(report.published).toBeUndefined();
    expect(report.indexNumber).toBeUndefined();
    expect(report.topic).toBeUndefined();
    expect(report.keywords).toEqual([]);
  });

  test('an empty 索引号 is an error, not a blank on the page', () => {
    expect(() => reportSchema.parse({ ...base, indexNumber: ' ' })).toThrow();
  });
});
