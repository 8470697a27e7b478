import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/**
 * The first `length` characters of an HTML fragment's text, for a teaser on a card.
 * The cut is marked with …… (the Chinese ellipsis) so nobody mistakes it for the whole text.
 */
export function htmlExcerpt(html: string, length: number): string {
  const text = toString(fromHtml(html, { fragment: true })).replace(/\s+/g, '');
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length).join('')}……`;
}
