import { describe, expect, test } from 'vitest';
import { parseXml, rootNamed } from '../../../../src/official-text/docx/ordered-xml.ts';
import { WordNumbering } from '../../../../src/official-text/docx/word-numbering.ts';
import { WordStyles } from '../../../../src/official-text/docx/word-styles.ts';
import { listLevel } from '../../../support/word-xml.ts';

const namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function numberingOf(numbering: string, styles = ''): WordNumbering {
  const stylesRoot = rootNamed(parseXml(`<w:styles ${namespace}>${styles}</w:styles>`), 'styles');
  return new WordNumbering(rootNamed(parseXml(`<w:numbering ${namespace}>${numbering}</w:numbering>`), 'numbering'), new WordStyles(stylesRoot));
}

/** The numbers of a sequence of [numId, level] paragraphs. */
function numbers(numbering: WordNumbering, sequence: [number, number][]): (string | undefined)[] {
  return sequence.map(([numId, ilvl]) => numbering.next(String(numId), ilvl)?.text);
}

const twoLevels = `<w:abstractNum w:abstractNumId="7">${listLevel(0, 'decimal', '%1.')}${listLevel(1, 'decimal', '%1.%2')}</w:abstractNum>`;

describe('WordNumbering', () => {
  test('instances of one list definition continue one another; a start override restarts', () => {
    const numbering = numberingOf(`${twoLevels}
      <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`);
    expect(numbers(numbering, [[1, 0], [1, 0], [2, 0], [3, 0], [3, 0], [1, 0]])).toEqual(['1.', '2.', '3.', '5.', '6.', '7.']);
  });

  test('a level prints the numbers of the levels above it; legal numbering prints them as decimals', () => {
    const numbering = numberingOf(`
      <w:abstractNum w:abstractNumId="0">${listLevel(0, 'chineseCounting', '%1、')}${listLevel(1, 'decimal', '%1.%2', '<w:isLgl/>')}${listLevel(2, 'decimal', '%1-%3')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(numbers(numbering, [[1, 0], [1, 0], [1, 1], [1, 1], [1, 2]])).toEqual(['一、', '二、', '2.1', '2.2', '二-1']);
  });

  test('lvlRestart 0 keeps counting across higher levels', () => {
    const numbering = numberingOf(`
      <w:abstractNum w:abstractNumId="0">${listLevel(0, 'chineseCounting', '%1、')}${listLevel(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(numbers(numbering, [[1, 0], [1, 1], [1, 1], [1, 0], [1, 1]])).toEqual(['一、', '1.', '2.', '二、', '3.']);
  });

  test('a list that links to a numbering style takes that style\'s list', () => {
    const numbering = numberingOf(`
      <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>${listLevel(0, 'chineseCounting', '%1、')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
    '<w:style w:type="numbering" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>');
    expect(numbers(numbering, [[2, 0], [1, 0], [2, 0]])).toEqual(['一、', '二、', '三、']);
  });

  test('unknown lists and levels, bullets and levels without a number give none', () => {
    const numbering = numberingOf(`
      <w:abstractNum w:abstractNumId="0">${listLevel(0, 'bullet', '●')}${listLevel(1, 'none', '')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(numbers(numbering, [[1, 0], [1, 1], [1, 5], [9, 0]])).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('the start value of a level, and the level a paragraph style belongs to', () => {
    const numbering = numberingOf(`
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>${listLevel(1, 'decimal', '%2)', '<w:pStyle w:val="Item"/>')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(numbers(numbering, [[1, 0], [1, 0]])).toEqual(['③', '④']);
    expect(numbering.levelOfStyle('1', 'Item')).toBe(1);
    expect(numbering.levelOfStyle('1', 'Other')).toBeUndefined();
  });
});
