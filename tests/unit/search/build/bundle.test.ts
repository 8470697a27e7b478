/**
 * Pagefind 1.6's bundle format, on a real Pagefind build: what src/search/build reads back
 * (metadata, chunk ranges, fragment groups) must hold, or the search page's preloads and chunk
 * predictions would point at nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBundle, storeUnpacked, unpack, type IndexBundle } from '../../../../src/search/build/bundle.ts';
import { writeIndex } from '../../../../src/search/build/integration.ts';
import { firstSearchFiles, newestGroups, searchManifest, searchPageHints } from '../../../../src/search/build/manifest.ts';
import { searchRecord, type SearchRecord } from '../../../../src/search/build/records.ts';
import { chunksFor, compareCodePoints } from '../../../../src/search/core/manifest.ts';

const texts = [
  '（一）持续深学笃行习近平法治思想，提升领导干部依法行政能力。',
  '全面推进信访工作法治化，有效调解群众矛盾纠纷5475件，调解成功率92%。',
  '办理行政复议案件135件，鄂营商发〔2025〕1号。',
  '持续优化营商环境，打造“曾速办”金字招牌。',
];
const records: SearchRecord[] = [2024, 2023].flatMap((year, yearRank) => texts.map((text, index) => searchRecord({
  pagePath: `/${year}/measures/`, title: '一、主要举措和成效', year, order: yearRank * 100_000 + index,
  block: { id: `measures-p${index + 1}`, type: index === 0 ? 'heading' : 'paragraph', text },
})));

let dir: string;
let bundle: IndexBundle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-bundle-'));
  await writeIndex(records, dir);
  bundle = await readBundle(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBundle', () => {
  test('finds the metadata, the WebAssembly and index chunks in word order, each with its range', () => {
    expect(bundle.version).toBe('1.6.0');
    expect(bundle.indexHash).toMatch(/^und_/);
    expect(bundle.wasmFile).toBe('wasm.unknown.pagefind');
    expect(bundle.chunks.length).toBeGreaterThan(1);
    for (const [index, chunk] of bundle.chunks.entries()) {
      expect(statSync(join(dir, chunk.file)).isFile()).toBe(true);
      expect(compareCodePoints(chunk.from, chunk.to)).toBeLessThanOrEqual(0);
      if (index > 0) expect(compareCodePoints(bundle.chunks[index - 1].to, chunk.from)).toBeLessThan(0);
    }
  });
  test('reads every record back from the fragments, its printed text recoverable from the content', () => {
    expect(bundle.fragments.map((fragment) => fragment.url).sort()).toEqual(records.map((record) => record.url).sort());
    const [first] = bundle.fragments.filter((fragment) => fragment.url === '/2024/measures/#measures-p3');
    expect(first.content.replaceAll(' ', '')).toBe(texts[2]);
    expect(first.filters).toEqual({ year: ['2024'], kind: ['paragraph'] });
  });
  test('bundles the fragments, the newest report’s in as few files as it takes', () => {
    expect(bundle.groups.length).toBe(1);
    const groups = newestGroups(records, bundle);
    expect(groups).toEqual(bundle.groups);
    const inGroups = bundle.fragments.filter((fragment) => groups.includes(fragment.file)).map((fragment) => fragment.url);
    expect(records.filter((record) => record.url.startsWith('/2024/')).every((record) => inGroups.includes(record.url))).toBe(true);
  });
});

test('the chunks predicted for a query are the ones that hold its characters', () => {
  for (const character of '法治复议9') {
    const files = chunksFor(bundle.chunks.map(({ from, to, file }) => [from, to, file]), [character]);
    expect(files.length, character).toBeGreaterThan(0);
    const words = files.map((file) => new TextDecoder().decode(unpack(readFileSync(join(dir, file)), file)));
    expect(words.some((text) => text.includes(character)), character).toBe(true);
  }
});

test('the bundle is stored unpacked, with its gzip beside each file that gzip makes smaller', async () => {
  const before = new Map(bundle.gzipFiles.map((file) => [file, gunzipSync(readFileSync(join(dir, file)))]));
  const firstSearch = [bundle.metaFile, bundle.wasmFile];
  await storeUnpacked(dir, bundle.gzipFiles, firstSearch);
  for (const [file, data] of before) {
    const stored = readFileSync(join(dir, file));
    // Pagefind takes a file that starts with its signature as already unpacked.
    expect(stored.equals(data), file).toBe(true);
    expect(stored.subarray(0, 12).toString(), file).toBe('pagefind_dcd');
    if (existsSync(join(dir, `${file}.gz`))) {
      const gzipped = readFileSync(join(dir, `${file}.gz`));
      expect(gunzipSync(gzipped).equals(data), file).toBe(true);
      expect(gzipped.length, file).toBeLessThan(data.length);
    }
  }
  // The WebAssembly and metadata, Zopfli's: smaller than the best zlib makes them.
  for (const file of firstSearch) {
    expect(readFileSync(join(dir, `${file}.gz`)).length, file).toBeLessThan(gzipSync(before.get(file)!, { level: 9 }).length);
  }
  // readBundle reads the stored bundle as it read Pagefind's.
  const again = await readBundle(dir);
  expect(again.fragments).toEqual(bundle.fragments);
  expect(again.chunks).toEqual(bundle.chunks);
}, 60_000);

test('the search page names the files of a first search, and the manifest carries tag, folds and chunks', () => {
  const { manifest, folds } = searchManifest(records, bundle);
  expect(manifest.tag).toBe(bundle.indexHash);
  expect(manifest.chunks).toHaveLength(bundle.chunks.length);
  // The text is all simplified: the folds wait in a file of their own until a query needs them.
  expect(manifest.folds).toBeUndefined();
  expect(folds).toContain('複复');
  expect(manifest.foldsFile).toBe('report-search-folds.json');
  const files = firstSearchFiles(manifest, bundle, newestGroups(records, bundle), '/fzzfbg/pagefind/');
  expect(files).toEqual([
    '/fzzfbg/pagefind/report-search.json',
    `/fzzfbg/pagefind/pagefind-entry.json?ts=${bundle.indexHash}`,
    `/fzzfbg/pagefind/${bundle.metaFile}`,
    '/fzzfbg/pagefind/wasm.unknown.pagefind',
    `/fzzfbg/pagefind/${bundle.groups[0]}`,
  ]);
  const hints = searchPageHints(files);
  expect(hints.match(/<link rel="preload" href="[^"]+" as="fetch" crossorigin/g)).toHaveLength(5);
  expect(hints).toContain('report-search.json" as="fetch" crossorigin data-search-manifest>');
});

test('when the report text itself has characters that fold, the manifest carries the folds', () => {
  const traditional = searchRecord({ pagePath: '/2024/', title: '報告', year: 2024, order: 0, block: { id: 'p1', type: 'paragraph', text: '行政複議，行政复议' } });
  const { manifest, folds } = searchManifest([traditional], { ...bundle, chunks: [] });
  expect(folds).toBeUndefined();
  expect(manifest.folds).toContain('複复');
  expect(manifest.foldsFile).toBeUndefined();
});
