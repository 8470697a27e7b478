import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { reportSchema } from '../../../src/content/schemas/report.ts';
import { sectionSchema } from '../../../src/content/schemas/section.ts';
import { generateYears, lastFictionalYear } from '../../../bench/generate-years.ts';
import { loadContent } from '../../../src/content/load.ts';

// A frozen copy of the 2024 report is the model, so the test does not depend on what content/ holds.
const model = { root: join(process.cwd(), 'tests/fixtures/report-2024'), year: '2024' };
const real = join(model.root, 'reports', model.year);
const realText = readdirSync(real).map((name) => readFileSync(join(real, name), 'utf8')).join('');
let out: string;
let years: number[];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'generate-years-'));
  years = await generateYears(out, 3, model);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generateYears', () => {
  test('writes the requested number of years, counting down from the last year the schema allows', () => {
    expect(years).toEqual([lastFictionalYear, lastFictionalYear - 1, lastFictionalYear - 2]);
    expect(readdirSync(join(out, 'reports')).sort()).toEqual(years.map(String).sort());
    expect(readFileSync(join(out, 'site.yaml'), 'utf8')).toBe(readFileSync(join(model.root, 'site.yaml'), 'utf8'));
  });

  test('each year has the files of the model report, within 5 % of their size, valid, and labelled as examples', () => {
    for (const year of years) {
      const dir = join(out, 'reports', String(year));
      expect(readdirSync(dir).sort()).toEqual(readdirSync(real).sort());
      const report = reportSchema.parse(parse(readFileSync(join(dir, 'report.yaml'), 'utf8')));
      expect(report.year).toBe(year);
      expect(report.title).toContain('示例');
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
        const size = statSync(join(dir, name)).size;
        expect(Math.abs(size - statSync(join(real, name)).size) / statSync(join(real, name)).size).toBeLessThan(0.05);
        const text = readFileSync(join(dir, name), 'utf8');
        const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)![1];
        expect(sectionSchema.parse(parse(frontMatter)).title).toMatch(/^示例/);
      }
    }
  });

  test('every year is a published report that passes the content check, its official text included', async () => {
    const { reports } = await loadContent(out);
    expect(reports.map((report) => [report.year, report.draft, report.officialDocument?.file.endsWith('source.txt')])).toEqual(years.map((year) => [year, false, true]));
  });

  test('the text is not the real report: no run of 8 Chinese characters from it survives', () => {
    const text = readFileSync(join(out, 'reports', String(years[0]), '01-measures.md'), 'utf8');
    const runs = [...text.matchAll(/[\u4e00-\u9fff]{8}/gu)].map((match) => match[0]);
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((run) => realText.includes(run))).toEqual([]);
  });

  test('different years get different text, and the same year the same text', async () => {
    const again = mkdtempSync(join(tmpdir(), 'generate-years-'));
    try {
      await generateYears(again, 1, model);
      const read = (root: string, year: number) => readFileSync(join(root, 'reports', String(year), '01-measures.md'), 'utf8');
      expect(read(again, years[0])).toBe(read(out, years[0]));
      expect(read(out, years[0])).not.toBe(read(out, years[1]));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
