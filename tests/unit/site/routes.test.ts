import { describe, expect, test } from 'vitest';
import { reportPageAt, routes, sitePages } from '../../../src/site/routes.ts';

const reports = [{ year: 2024, sections: [{ slug: 'measures' }, { slug: 'plans' }], officialDocument: { extension: 'docx' } }];

describe('sitePages', () => {
  test('lists every page and file the build makes, from the same routes the pages link with', () => {
    expect(sitePages(reports).map((page) => page.path)).toEqual([
      '', 'reports/', 'search/', 'feed.xml', 'robots.txt', 'data/report.schema.json', 'favicon.png',
      '2024/', '2024/measures/', '2024/plans/', '2024/full/', 'data/2024.json', 'data/2024-figures.csv', '2024/source.docx',
      'qr/index.svg', 'qr/reports.svg', 'qr/search.svg', 'qr/2024.svg', 'qr/2024/measures.svg', 'qr/2024/plans.svg', 'qr/2024/full.svg',
    ]);
  });
});

describe('reportPageAt', () => {
  test('tells report covers, section pages and full-text pages apart, and ignores other pages', () => {
    expect(reportPageAt(routes.report(2024))).toEqual({ path: '2024/', kind: 'report', year: 2024 });
    expect(reportPageAt(routes.section(2024, 'measures'))).toEqual({ path: '2024/measures/', kind: 'section', year: 2024, slug: 'measures' });
    expect(reportPageAt(routes.fullText(2024))).toEqual({ path: '2024/full/', kind: 'full', year: 2024 });
    for (const path of [routes.home(), routes.search(), routes.archive(), routes.reportData(2024), '404.html']) {
      expect(reportPageAt(path), path).toBeUndefined();
    }
  });
});
