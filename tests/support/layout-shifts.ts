import type { Page } from 'playwright-core';

/**
 * One layout shift the page recorded: its score, and for each element that moved the start of
 * its HTML and its box before and after (x,y width×height, in CSS pixels).
 */
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
      const box = (rect: DOMRectReadOnly) => `${rect.x},${rect.y} ${rect.width}×${rect.height}`;
      type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: Source[] }[]) {
        if (entry.hadRecentInput) continue;
        // A text that moved is named by its own start and its parent's tag
        const name = (node: Node | null | undefined) =>
          node instanceof Element ? node.outerHTML.slice(0, 120)
            : node ? `"${node.textContent?.slice(0, 40)}" in <${node.parentElement?.outerHTML.slice(1, 80)}` : '(gone)';
        const sources = (entry.sources ?? []).map((source) => `${name(source.node)} (${box(source.previousRect)} → ${box(source.currentRect)})`);
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts the current document has recorded so far (see recordLayoutShifts). */
export function recordedLayoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
}
