/**
 * How pages mark up report text, so that everything that reads it back agrees on what the
 * report says: the search index (src/search/build), the open data and the key-figure check
 * (src/content/report-blocks.ts) and 朗读 (src/browser/read-aloud.ts).
 *
 * A report block is a heading, paragraph or table row with an id inside an element that carries
 * `data-report-body`. Page furniture placed inside a report body (a contents list, the line
 * naming the report) carries `data-furniture` and is never report text, nor is anything in it.
 */
export const reportBodyAttribute = 'data-report-body';
export const furnitureAttribute = 'data-furniture';

/** Elements that can be a report block: headings are shown as such in results; a table counts row by row. */
export const headingTags: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
export const blockTags: readonly string[] = [...headingTags, 'p', 'tr'];

/** The same rule as a CSS selector, for code that runs in the browser. */
export const reportBlockSelector = `[${reportBodyAttribute}] :is(${blockTags.join(', ')})[id]:not([${furnitureAttribute}], [${furnitureAttribute}] *)`;
