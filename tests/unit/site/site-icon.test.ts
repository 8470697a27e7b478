import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { faviconSize, siteIconPng } from '../../../src/site/site-icon.ts';

/** The colour of one pixel, as #rrggbb (alpha left out). */
function pixel(png: PNG, x: number, y: number): string {
  const at = (png.width * y + x) * 4;
  return `#${[...png.data.subarray(at, at + 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

describe('siteIconPng', () => {
  test.each([faviconSize, 180])('renders the icon as a %i px square PNG: a white star on the header red', (size) => {
    const png = PNG.sync.read(Buffer.from(siteIconPng(size)));
    expect([png.width, png.height]).toEqual([size, size]);
    // the star's centre, and the red field beside its lower points
    expect(pixel(png, size / 2, size / 2)).toBe('#ffffff');
    expect(pixel(png, Math.round(size / 2), Math.round(size * 0.9))).toBe('#b91c1c');
    // the rounded corner is transparent
    expect(png.data[3]).toBe(0);
  });
});
