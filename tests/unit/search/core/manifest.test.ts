import { describe, expect, test } from 'vitest';
import { chunksFor, compareCodePoints, type SearchManifest } from '../../../../src/search/core/manifest.ts';

describe('compareCodePoints', () => {
  test('orders by code point, as Pagefind orders its words, not by UTF-16 unit', () => {
    // U+FF10 (０) sorts after U+20000 (𠀀) in UTF-16 units but before it by code point.
    expect(compareCodePoints('０', '𠀀')).toBeLessThan(0);
    expect('０' < '𠀀').toBe(false);
    expect(compareCodePoints('法', '法治')).toBeLessThan(0);
    expect(compareCodePoints('治', '治')).toBe(0);
  });
});

describe('chunksFor', () => {
  const chunks: SearchManifest['chunks'] = [['0', '一主', 'index/a.pf_index'], ['之', '法', 'index/b.pf_index'], ['法治', '高', 'index/c.pf_index']];
  test('names the chunk whose word range holds each word, once', () => {
    expect(chunksFor(chunks, ['法', '治', '高', '2', '法'])).toEqual(['index/b.pf_index', 'index/c.pf_index', 'index/a.pf_index']);
  });
  test('falls back to chunks whose first or last word starts with a word no range holds', () => {
    expect(chunksFor([['法治', '高', 'index/c.pf_index']], ['法'])).toEqual(['index/c.pf_index']);
    expect(chunksFor(chunks, ['龥'])).toEqual([]);
  });
});
