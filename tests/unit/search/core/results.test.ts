import { describe, expect, test } from 'vitest';
import { queryTerms } from '../../../../src/search/core/folding.ts';
import { printedText, resultHref, verifiedHits, type Candidate } from '../../../../src/search/core/results.ts';

const candidate = (id: string, text: string, heading: boolean): Candidate => ({
  url: `/2024/measures/#${id}`,
  content: [...text].filter((character) => !/\s/.test(character)).join(' '),
  meta: /\s/.test(text) ? { title: '一、主要举措和成效', text } : { title: '一、主要举措和成效' },
  filters: { year: ['2024'], kind: [heading ? 'heading' : 'paragraph'] },
});

describe('verifiedHits', () => {
  const candidates = [
    candidate('p1', '营商环境。', false),
    candidate('p2', '营商环境优化营商环境。', false),
    candidate('h1', '优化营商环境', true),
    candidate('p3', '营 商', false),
    candidate('p4', '营销商品', false),
  ];
  test('keeps only candidates whose printed text contains the term, headings first, then by count, then order', () => {
    expect(verifiedHits(candidates, queryTerms('营商')).map((hit) => hit.url.split('#')[1])).toEqual(['h1', 'p2', 'p1', 'p3']);
  });
  test('requires every term of an AND query', () => {
    expect(verifiedHits(candidates, queryTerms('营商 优化')).map((hit) => hit.url.split('#')[1])).toEqual(['h1', 'p2']);
  });
  test('finds nothing for characters that occur only apart', () => {
    expect(verifiedHits(candidates, queryTerms('销商品营'))).toEqual([]);
  });
  test('reads the printed text back from the content, or from meta.text, with year and title', () => {
    const [hit] = verifiedHits([candidate('p1', '（二）营商环境。', false)], queryTerms('营商'));
    expect(hit).toMatchObject({ text: '（二）营商环境。', year: '2024', title: '一、主要举措和成效', heading: false, count: 1, order: 0 });
    expect(printedText({ content: 'A P P 应 用', meta: {} })).toBe('APP应用');
    expect(printedText({ content: 'A P P 应 用', meta: { text: 'APP 应用' } })).toBe('APP 应用');
  });
});

describe('resultHref', () => {
  test('puts the printed runs before the paragraph anchor so the target page can highlight them', () => {
    expect(resultHref('/fzzfbg/2024/measures/#measures-p8', ['行政复议'])).toBe('/fzzfbg/2024/measures/?hl=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE#measures-p8');
    expect(resultHref('/2024/measures/#p9', ['鄂营商发〔2025〕', '&'])).toBe('/2024/measures/?hl=%E9%84%82%E8%90%A5%E5%95%86%E5%8F%91%E3%80%942025%E3%80%95&hl=%26#p9');
    expect(resultHref('/2024/', ['<img src=x>'])).toBe('/2024/?hl=%3Cimg%20src%3Dx%3E');
    expect(resultHref('/2024/#preamble', [])).toBe('/2024/#preamble');
  });
});
