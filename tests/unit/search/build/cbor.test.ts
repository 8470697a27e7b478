import { expect, test } from 'vitest';
import { decodeCbor } from '../../../../src/search/build/cbor.ts';

const bytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));

test('decodes the CBOR items of RFC 8949 appendix A that Pagefind uses', () => {
  expect(decodeCbor(bytes('00'))).toBe(0);
  expect(decodeCbor(bytes('1903e8'))).toBe(1000);
  expect(decodeCbor(bytes('1a000f4240'))).toBe(1000000);
  expect(decodeCbor(bytes('1b000000e8d4a51000'))).toBe(1000000000000);
  expect(decodeCbor(bytes('3903e7'))).toBe(-1000);
  expect(decodeCbor(bytes('6449455446'))).toBe('IETF');
  expect(decodeCbor(bytes('62c3bc'))).toBe('ü');
  expect(decodeCbor(bytes('83010203'))).toEqual([1, 2, 3]);
  expect(decodeCbor(bytes('8301820203820405'))).toEqual([1, [2, 3], [4, 5]]);
  expect(decodeCbor(bytes('a201020304'))).toEqual(new Map([[1, 2], [3, 4]]));
  expect(decodeCbor(bytes('9f018202039f0405ffff'))).toEqual([1, [2, 3], [4, 5]]);
  expect(decodeCbor(bytes('7f657374726561646d696e67ff'))).toBe('streaming');
  expect(decodeCbor(bytes('f4'))).toBe(false);
  expect(decodeCbor(bytes('f6'))).toBe(null);
  expect(decodeCbor(bytes('f93c00'))).toBe(1);
  expect(decodeCbor(bytes('fb3ff199999999999a'))).toBe(1.1);
  expect(decodeCbor(bytes('c074323031332d30332d32315432303a30343a30305a'))).toBe('2013-03-21T20:04:00Z');
});

test('fails on truncated data', () => {
  expect(() => decodeCbor(bytes('83 0102'.replace(' ', '')))).toThrow(/end of data/);
});
