import { z } from 'astro/zod';

/**
 * Make every schema error bilingual: Chinese for staff, English beside it for engineers.
 * Zod keeps one global configuration; every content schema imports `z` from here, so the
 * configuration is in place whenever one of them validates.
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
