import type { BrowserContextOptions, Page } from 'playwright-core';

export type TextSize = 'standard' | 'large' | 'xlarge';
export const textSizes: TextSize[] = ['standard', 'large', 'xlarge'];

/** Colour modes: the system's light or dark setting, each with and without 高对比度. */
export const colourModes = [
  { name: 'light', colorScheme: 'light', highContrast: false },
  { name: 'dark', colorScheme: 'dark', highContrast: false },
  { name: 'light high contrast', colorScheme: 'light', highContrast: true },
  { name: 'dark high contrast', colorScheme: 'dark', highContrast: true },
] as const satisfies readonly { name: string; colorScheme: BrowserContextOptions['colorScheme']; highContrast: boolean }[];

/** Choose a text size the way a reader does: the 字号 buttons in the page. */
export async function chooseTextSize(page: Page, size: TextSize): Promise<void> {
  await page.locator(`[data-pref="textSize"][data-value="${size}"]`).click();
}

/** Switch 高对比度 on the way a reader does. */
export async function chooseHighContrast(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: '高对比度' });
  if (await toggle.getAttribute('aria-pressed') !== 'true') await toggle.click();
}
