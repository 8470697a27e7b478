/**
 * Pagefind's bundle as written to disk, read back at build time: which files a search needs
 * (entry, metadata, WebAssembly, index chunks and the word range of each, fragment files) and what
 * the fragments hold. The file formats are Pagefind 1.6's: gzip around a "pagefind_dcd" signature,
 * then CBOR (metadata) or JSON (fragments). tests/unit/search/build checks this against a real
 * Pagefind build, so an upgrade that changes them fails there first.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { minify } from 'vite';
import { decodeCbor, type CborValue } from './cbor.ts';

const signature = 'pagefind_dcd';

export interface BundleFragment {
  /** file holding it, relative to the bundle: fragment/<hash>.pf_fragment */
  file: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface IndexBundle {
  version: string;
  /** Pagefind's name of the index, e.g. und_7860aad35a8 (pagefind.<hash>.pf_meta) */
  indexHash: string;
  /** files relative to the bundle directory */
  metaFile: string;
  wasmFile: string;
  /** index chunks in word order, each with the first and last word it holds */
  chunks: { from: string; to: string; file: string }[];
  /** fragment files that bundle several records (empty when every record has its own file) */
  groups: string[];
  fragments: BundleFragment[];
  /** every gzip file of the bundle (metadata, WebAssembly, chunks, fragments, filters) */
  gzipFiles: string[];
}

export function unpack(bytes: Uint8Array, file: string): Uint8Array {
  const data = gunzipSync(bytes);
  if (new TextDecoder().decode(data.subarray(0, signature.length)) !== signature) {
    throw new Error(`Pagefind file ${file} lacks the ${signature} signature: not a Pagefind 1.6 bundle?`);
  }
  return data.subarray(signature.length);
}

function text(value: CborValue, what: string): string {
  if (typeof value !== 'string') throw new Error(`Pagefind metadata: ${what} is not a string`);
  return value;
}

/** Read the bundle Pagefind wrote to `dir` (one language, as this site's index has). */
export async function readBundle(dir: string): Promise<IndexBundle> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { hash: string; wasm: string | null }> };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`Search index: expected one index language, found ${languages.length}`);
  const [{ hash: indexHash, wasm }] = languages;
  const metaFile = `pagefind.${indexHash}.pf_meta`;
  const meta = decodeCbor(unpack(await readFile(join(dir, metaFile)), metaFile));
  if (!Array.isArray(meta) || !Array.isArray(meta[2])) throw new Error('Pagefind metadata: unexpected layout');
  const chunks = meta[2].map((chunk, index) => {
    if (!Array.isArray(chunk)) throw new Error(`Pagefind metadata: index chunk ${index} is not a list`);
    return { from: text(chunk[0], 'chunk start'), to: text(chunk[1], 'chunk end'), file: `index/${text(chunk[2], 'chunk hash')}.pf_index` };
  });

  const fragmentFiles = (await readdir(join(dir, 'fragment'))).sort().map((name) => `fragment/${name}`);
  const groups = fragmentFiles.filter((file) => file.includes('_group_'));
  const fragments: BundleFragment[] = [];
  for (const file of fragmentFiles) {
    const parsed = JSON.parse(new TextDecoder().decode(unpack(await readFile(join(dir, file)), file)));
    const members = groups.includes(file) ? Object.values(parsed as Record<string, BundleFragment>) : [parsed as BundleFragment];
    for (const { url, content, meta: fields, filters } of members) fragments.push({ file, url, content, meta: fields ?? {}, filters: filters ?? {} });
  }

  const filterFiles = (await readdir(join(dir, 'filter'))).map((name) => `filter/${name}`);
  const wasmFile = `wasm.${wasm ?? 'unknown'}.pagefind`;
  return {
    version: entry.version,
    indexHash,
    metaFile,
    wasmFile,
    chunks,
    groups,
    fragments,
    gzipFiles: [metaFile, wasmFile, ...chunks.map((chunk) => chunk.file), ...fragmentFiles, ...filterFiles],
  };
}

/**
 * Pagefind gzips its files at its own level; Zopfli writes the same bytes some 4–5 % smaller
 * (the WebAssembly, which every search downloads, by about 2.5 KB). The browser unpacks either
 * alike. A file is only replaced when Zopfli's output is smaller. Zopfli costs some 0.1 s a file
 * however small, so the build gives it only the files every first search downloads (see
 * integration.ts), not the hundreds of index chunks, which save a few bytes each.
 */
export async function recompressBundle(dir: string, files: string[]): Promise<void> {
  await Promise.all(files.map(async (file) => {
    const path = join(dir, file);
    const original = await readFile(path);
    const smaller = await gzipAsync(gunzipSync(original), { numiterations: 15 });
    if (smaller.length < original.length) await writeFile(path, smaller);
  }));
}

/**
 * Pagefind's script comes with its whitespace removed but its names whole; minified (Vite's own
 * minifier, names shortened, nothing else changed) it is some 2 KB smaller after gzip, on every
 * first search. The build fails rather than ship a script the minifier could not handle.
 */
export async function minifyPagefindScript(dir: string): Promise<void> {
  const path = join(dir, 'pagefind.js');
  const source = await readFile(path, 'utf8');
  const result = await minify('pagefind.js', source, { compress: true, mangle: true, module: true });
  if (result.errors.length > 0) throw new Error(`Minifying Pagefind's script failed: ${result.errors.map((error) => error.message).join('; ')}`);
  await writeFile(path, result.code);
}
