import { Resvg } from '@resvg/resvg-js';

/**
 * The site's icon: a white star on the red of the header. It is drawn here as SVG and served as
 * PNG rendered at build time by resvg (src/pages/favicon.png.ts): Chromium decodes an SVG
 * favicon on the page's main thread by building a whole SVG document (13–34 ms in traces on the
 * development machine, unthrottled, just after the first paint), while a PNG is decoded off it.
 */
const siteIconSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b91c1c"/><path fill="#fff" d="M16 5.5l2.6 7.9h8.3l-6.7 4.9 2.6 7.9L16 21.3l-6.7 4.9 2.6-7.9-6.7-4.9h8.3z"/></svg>';

/** The favicon's size in pixels (browser tabs, bookmarks). */
export const faviconSize = 32;

/** The icon as a square PNG of `size` pixels. */
export function siteIconPng(size: number): Uint8Array<ArrayBuffer> {
  // copied into a plain ArrayBuffer, which a Response body takes (resvg returns a Node Buffer)
  return new Uint8Array(new Resvg(siteIconSvg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
