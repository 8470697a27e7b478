import { describe, expect, test } from 'vitest';
import { inlineScriptSource } from '../../../deploy/security-headers.ts';
import { readingPrefsHeadScript } from '../../../src/browser/reading-prefs-head.ts';

describe('inlineScriptSource', () => {
  test('gives the hash source of the CSP specification\'s own example', () => {
    // https://www.w3.org/TR/CSP3/#grammardef-hash-source: <script>alert('Hello, world.');</script>
    expect(inlineScriptSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  test('hashes the text as UTF-8, so a single changed character gives another source', () => {
    expect(inlineScriptSource('字号')).not.toBe(inlineScriptSource('字號'));
    expect(inlineScriptSource(`${readingPrefsHeadScript} `)).not.toBe(inlineScriptSource(readingPrefsHeadScript));
  });
});
