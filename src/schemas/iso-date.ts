import { z } from '../lib/zod-bilingual.ts';

/**
 * A calendar date written YYYY-MM-DD. Astro's YAML parser turns an unquoted date into a Date
 * object while the `yaml` package of `npm run check` keeps the text; both become the same
 * 'YYYY-MM-DD' string here, so staff may write the date with or without quotes.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date(),
);
