/**
 * Pagefind's bundle as written to disk, read back at build time: which files a search needs
 * (entry, metadata, WebAssembly, index chunks and the word range of each, fragment files) and what
 * the fragments hold. The file formats are Pagefind 1.6's: a "pagefind_dcd" signature, then CBOR
 * (metadata), JSON (fragments) or WebAssembly, gzipped by Pagefind (see storeUnpacked for how the
 * build stores them). tests/unit/search/build checks this against a real
 * Pagefind build, so an upgrade that changes them fails there first.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
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
  /** every file of the bundle Pagefind gzips (metadata, WebAssembly, chunks, fragments, filters) */
  gzipFiles: string[];
}

const signed = (data: Uint8Array) => new TextDecoder().decode(data.subarray(0, signature.length)) === signature;

/** A bundle file's content after the signature, whether it is stored gzipped (as Pagefind writes it) or unpacked. */
export function unpack(bytes: Uint8Array, file: string): Uint8Array {
  const data = signed(bytes) ? bytes : gunzipSync(bytes);
  if (!signed(data)) {
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

  // A stored bundle (see storeUnpacked) has each file's .gz beside it: the same file, encoded.
  const files = async (folder: string) => (await readdir(join(dir, folder))).filter((name) => !name.endsWith('.gz')).sort().map((name) => `${folder}/${name}`);
  const fragmentFiles = await files('fragment');
  const groups = fragmentFiles.filter((file) => file.includes('_group_'));
  const fragments: BundleFragment[] = [];
  for (const file of fragmentFiles) {
    const parsed = JSON.parse(new TextDecoder().decode(unpack(await readFile(join(dir, file)), file)));
    const members = groups.includes(file) ? Object.values(parsed as Record<string, BundleFragment>) : [parsed as BundleFragment];
    for (const { url, content, meta: fields, filters } of members) fragments.push({ file, url, content, meta: fields ?? {}, filters: filters ?? {} });
  }

  const filterFiles = await files('filter');
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
 * Pagefind gzips each of its files itself, and its script unpacks them in the page with an inflate
 * written in JavaScript, on the main thread: on a phone that is the slowest way to unpack the
 * WebAssembly and the fragments every search needs, and it blocks the page while it runs. Pagefind
 * also takes a file that is already unpacked (one that starts with its signature), which is what
 * it receives when a server sends the gzip as Content-Encoding and the browser unpacks it natively,
 * off the main thread. So the build stores every file unpacked, with its gzip beside it (`.gz`,
 * which nginx sends as it is: `gzip_static on` in deploy/nginx.conf), unless gzip would not make
 * it smaller. The bytes on the wire stay the same; Pagefind's inflate never runs.
 * The files every first search downloads (`firstSearch`) are compressed with Zopfli, some 4–5 %
 * smaller than zlib; Zopfli costs some 0.1 s a file however small, so the hundreds of index
 * chunks, which would save a few bytes each, get zlib's best level.
 */
export async function storeUnpacked(dir: string, files: string[], firstSearch: string[]): Promise<void> {
  await Promise.all(files.map(async (file) => {
    const path = join(dir, file);
    const data = gunzipSync(await readFile(path));
    const gzipped = firstSearch.includes(file)
      ? await gzipAsync(data, { numiterations: 15 })
      : gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    await writeFile(path, data);
    if (gzipped.length < data.length) await writeFile(`${path}.gz`, gzipped);
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
