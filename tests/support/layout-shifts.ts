import type { Page } from 'playwright-core';

/** One layout shift the page recorded: its score and the start of the HTML of what moved. */
export interface LayoutShift { value: number; sources: string[] }

/**
 * Make the page record every layout shift from its very start (the observer is buffered), on
 * every document it loads from now on. Shifts just after input do not count, as in CLS.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((source) => (source.node as Element | null | undefined)?.outerHTML?.slice(0, 120) ?? '?') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts the current document has recorded so far (see recordLayoutShifts). */
export function recordedLayoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
}
