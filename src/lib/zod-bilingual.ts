import { z } from 'astro/zod';

/**
 * Make every schema error bilingual: Chinese for staff, English beside it for engineers.
 * Zod keeps one global configuration, shared with the copy Astro validates collections with,
 * so importing this module once (content.config.ts does) covers Astro's own messages too.
 */
const chinese = z.locales.zhCN().localeError;
const english = z.locales.en().localeError;

type LocaleError = typeof chinese;
type Issue = Parameters<LocaleError>[0];

function text(message: ReturnType<LocaleError>): string {
  if (message === undefined || message === null) return '';
  return typeof message === 'string' ? message : message.message;
}

export function bilingualMessage(issue: Issue): string {
  return `${text(chinese(issue))} (${text(english(issue))})`;
}

z.config({ localeError: bilingualMessage });

export { z };
