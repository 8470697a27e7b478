import { describe, expect, test } from 'vitest';
import { readDocx } from '../../../../src/official-text/docx/read-docx.ts';
import { paragraphText, type OfficialBlock } from '../../../../src/official-text/official-text.ts';
import { docxFromXml, listLevel, numbered, paragraph } from '../../../support/word-xml.ts';

async function read(parts: Parameters<typeof docxFromXml>[0]): Promise<OfficialBlock[]> {
  return (await readDocx(await docxFromXml(parts), 'test.docx')).blocks;
}

const texts = (blocks: OfficialBlock[]) => blocks.map((block) => (block.kind === 'paragraph' ? paragraphText(block) : block.rows));

describe('runs', () => {
  test('text and bold, neighbours of the same weight joined', async () => {
    const [block] = await read({ body: paragraph([['坚持', '<w:b/>'], ['领导。', '<w:b w:val="1"/>'], '深入学习', ['，', '<w:b w:val="0"/>'], ['100%', '<w:b w:val="true"/>']]) });
    expect(block).toEqual({ kind: 'paragraph', position: 1, runs: [{ text: '坚持领导。', bold: true }, { text: '深入学习，', bold: false }, { text: '100%', bold: true }] });
  });

  test('bold from a character style, the paragraph style and the document defaults', async () => {
    const styles = `
      <w:docDefaults><w:rPrDefault><w:rPr><w:b w:val="0"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
      <w:style w:type="paragraph" w:styleId="Lead"><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="LeadChild"><w:basedOn w:val="Lead"/></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>`;
    const blocks = await read({
      styles,
      body: paragraph(['普通', ['加粗', '<w:rStyle w:val="Strong"/>']]) + paragraph(['继承加粗'], '<w:pStyle w:val="LeadChild"/>') + paragraph([['不加粗', '<w:b w:val="0"/>']], '<w:pStyle w:val="Lead"/>'),
    });
    expect(blocks.map((block) => block.kind === 'paragraph' && block.runs)).toEqual([
      [{ text: '普通', bold: false }, { text: '加粗', bold: true }],
      [{ text: '继承加粗', bold: true }],
      [{ text: '不加粗', bold: false }],
    ]);
  });

  test('a line break ends a line; tabs stay; symbols are text unless from a symbol font', async () => {
    const body = '<w:p><w:r><w:t>曾都区人民政府</w:t><w:br/><w:t>2025年3月28日</w:t><w:tab/><w:t>止</w:t><w:sym w:font="SimSun" w:char="2460"/><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>';
    const blocks = await read({ body });
    expect(texts(blocks)).toEqual(['曾都区人民政府', '2025年3月28日\t止①']);
    expect(blocks.map((block) => block.position)).toEqual([1, 1]);
  });

  test('what a reader does not see is not text: deletions, hidden text, field codes; links and insertions are', async () => {
    const body = `<w:p>
      <w:r><w:t>依法</w:t></w:r>
      <w:del w:id="1"><w:r><w:delText>删除的</w:delText></w:r></w:del>
      <w:ins w:id="2"><w:r><w:t>行政</w:t></w:r></w:ins>
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>
      <w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>（链接）</w:t></w:r></w:hyperlink>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>
    </w:p>`;
    expect(texts(await read({ body }))).toEqual(['依法行政（链接）3控件']);
  });

  test('text keeps its spaces and its digits as written; character references are characters', async () => {
    expect(texts(await read({ body: paragraph(['  2024 ', '年 ']) }))).toEqual(['  2024 年 ']);
    expect(texts(await read({ body: paragraph(['&#x66FE;&#37117;&amp;lt;&lt;']) }))).toEqual(['曾都&lt;<']);
  });
});

describe('tables', () => {
  test('rows of cells, merged cells as Word prints them, positions counted with paragraphs', async () => {
    const cell = (content: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${content}</w:tc>`;
    const body = paragraph(['前文']) + `<w:tbl>
      <w:tr>${cell(paragraph(['项目']))}${cell(paragraph(['数量']), '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell(paragraph(['案件']), '<w:vMerge w:val="restart"/>')}${cell(paragraph(['371']))}${cell(paragraph(['第一行']) + paragraph(['第二行']))}</w:tr>
      <w:tr>${cell(paragraph(['']), '<w:vMerge/>')}${cell(paragraph(['5']))}${cell(paragraph(['']))}</w:tr>
    </w:tbl>` + paragraph(['后文']);
    const blocks = await read({ body });
    expect(blocks).toEqual([
      { kind: 'paragraph', position: 1, runs: [{ text: '前文', bold: false }] },
      { kind: 'table', position: 2, rows: [['项目', '数量', ''], ['案件', '371', '第一行\n第二行'], ['', '5', '']] },
      { kind: 'paragraph', position: 3, runs: [{ text: '后文', bold: false }] },
    ]);
  });
});

describe('automatic numbering', () => {
  const numbering = `
    <w:abstractNum w:abstractNumId="0">${listLevel(0, 'chineseCounting', '%1、')}${listLevel(1, 'chineseCounting', '（%2）')}${listLevel(2, 'decimal', '%3.')}</w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

  test('the paragraph starts with the number Word shows; lower levels restart', async () => {
    const body = [
      numbered('主要举措', 1, 0), numbered('坚持领导', 1, 1), numbered('事项', 1, 2), numbered('事项', 1, 2), numbered('深化改革', 1, 1), numbered('事项', 1, 2),
      numbered('存在的问题', 1, 0), numbered('问题', 1, 1),
    ].join('');
    expect(texts(await read({ body, numbering }))).toEqual(['一、主要举措', '（一）坚持领导', '1.事项', '2.事项', '（二）深化改革', '1.事项', '二、存在的问题', '（一）问题']);
  });

  test('numbering from the paragraph style, switched off by numId 0, level from the style\'s list level', async () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="Chapter"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ChapterChild"><w:basedOn w:val="Chapter"/></w:style>
      <w:style w:type="paragraph" w:styleId="Subsection"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const linkedNumbering = numbering.replace(listLevel(1, 'chineseCounting', '（%2）'), listLevel(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="Subsection"/>'));
    const body = [
      paragraph(['主要举措'], '<w:pStyle w:val="Chapter"/>'),
      paragraph(['坚持领导'], '<w:pStyle w:val="Subsection"/>'),
      paragraph(['不编号'], '<w:pStyle w:val="Chapter"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      paragraph(['存在的问题'], '<w:pStyle w:val="ChapterChild"/>'),
    ].join('');
    expect(texts(await read({ body, numbering: linkedNumbering, styles }))).toEqual(['一、主要举措', '（一）坚持领导', '不编号', '二、存在的问题']);
  });

  test('a number before Latin letters or digits keeps a space; bullets are not numbers', async () => {
    const lists = `
      <w:abstractNum w:abstractNumId="0">${listLevel(0, 'decimal', '%1.')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1">${listLevel(0, 'bullet', '●')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="2">${listLevel(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>`;
    const body = numbered('2024年', 1) + numbered('APP', 1) + numbered('推进', 1) + numbered('要点', 2) + numbered('2024', 3);
    expect(texts(await read({ body, numbering: lists }))).toEqual(['1. 2024年', '2. APP', '3.推进', '要点', '1.2024']);
  });
});
