/**
 * The two fields of report.yaml the document does not print and the import writes itself:
 * a descriptive title when the document has none, and the summary for the cover and search
 * engines. Both follow the wording of the reports already published.
 */

/** 曾都区人民政府, 2025 → 曾都区2025年法治政府建设年度报告 */
export function generatedTitle(issuer: string, year: number): string {
  return `${issuer.replace(/人民政府$/u, '')}${year}年法治政府建设年度报告`;
}

/** "<issuer>关于<year>年法治政府建设工作情况的年度报告，包括甲、乙和丙。" */
export function generatedSummary(issuer: string, year: number, chapterTitles: string[]): string {
  const titles = chapterTitles.map((title) => title.replace(/[。；，：]$/u, ''));
  const listed = titles.length > 1 ? `${titles.slice(0, -1).join('、')}和${titles.at(-1)}` : titles[0];
  return `${issuer}关于${year}年法治政府建设工作情况的年度报告，包括${listed}。`;
}
