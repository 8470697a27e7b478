import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a new report takes over from the reports before it. */
export interface EarlierReports {
  /** The keywords of the latest earlier report, when it has some */
  keywords?: { year: string; values: string[] };
  /** The figure ids of the latest earlier report that has figures, so staff reuse them */
  figureIds?: { year: string; figures: { id: string; label: string }[] };
}

/**
 * Read the earlier years' report.yaml files for what carries over. A file that cannot be read
 * only means no hint here: `npm run check` reports it properly.
 */
export function earlierReports(reportsDir: string, year: number): EarlierReports {
  const folders = existsSync(reportsDir)
    ? readdirSync(reportsDir).filter((name) => /^\d{4}$/.test(name) && Number(name) < year).sort().reverse()
    : [];
  const found: EarlierReports = {};
  for (const [order, folder] of folders.entries()) {
    let report: { keywords?: unknown; figures?: { id?: unknown; label?: unknown }[] } | undefined;
    try {
      report = parse(readFileSync(join(reportsDir, folder, 'report.yaml'), 'utf8')) ?? undefined;
    } catch {
      continue;
    }
    if (order === 0 && Array.isArray(report?.keywords) && report.keywords.length > 0) {
      found.keywords = { year: folder, values: report.keywords.map(String) };
    }
    if (!found.figureIds && Array.isArray(report?.figures) && report.figures.length > 0) {
      found.figureIds = { year: folder, figures: report.figures.map((figure) => ({ id: String(figure.id), label: String(figure.label) })) };
    }
    if (found.figureIds) break;
  }
  return found;
}
