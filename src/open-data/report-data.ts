import type { Report } from '../content/assemble.ts';
import { routes } from '../site/routes.ts';
import type { OpenDataReport } from './schema.ts';

/**
 * The open data of one report: /data/<year>.json (metadata, sections with their paragraphs
 * and ids, figures) and /data/<year>-figures.csv. Links are absolute, on the canonical site
 * (`siteUrl`: origin and base path, e.g. https://www.zengdu.gov.cn/fzzfbg/).
 */
export function reportData(report: Report, siteUrl: URL | string): OpenDataReport {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const sectionUrl = (slug: string) => absolute(routes.section(report.year, slug));
  return {
    year: report.year,
    title: report.title,
    issuer: report.issuer,
    ...(report.published ? { published: report.published } : {}),
    summary: report.summary,
    ...(report.addressee ? { addressee: report.addressee } : {}),
    preamble: report.preamble,
    ...(report.closing ? { closing: report.closing } : {}),
    ...(report.signature ? { signature: report.signature } : {}),
    ...(report.officialDocument ? { officialDocument: absolute(routes.officialDocument(report.year, report.officialDocument.extension)) } : {}),
    url: absolute(routes.report(report.year)),
    sections: report.sections.map((section) => ({
      order: section.order,
      slug: section.slug,
      title: section.title,
      heading: section.heading,
      url: sectionUrl(section.slug),
      ...(section.updated ? { updated: section.updated } : {}),
      blocks: section.blocks.map(({ id, type, text }) => ({ id, type, text })),
    })),
    figures: report.figures.map((figure) => ({
      id: figure.id,
      label: figure.label,
      value: figure.value,
      unit: figure.unit,
      section: figure.section,
      paragraph: figure.paragraph,
      quote: figure.quote,
      url: `${sectionUrl(figure.section)}#${figure.paragraph}`,
    })),
  };
}

export function reportJson(data: OpenDataReport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

const csvColumns = ['year', 'id', 'label', 'value', 'unit', 'section', 'paragraph', 'quote', 'url'] as const;

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The figures as CSV, UTF-8 with a byte order mark so that Excel opens the Chinese correctly,
 * lines ending in CRLF as RFC 4180 asks.
 */
export function figuresCsv(data: OpenDataReport): string {
  const rows = data.figures.map((figure) => csvColumns.map((column) => csvField(column === 'year' ? data.year : figure[column])));
  return `\uFEFF${[csvColumns.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}
