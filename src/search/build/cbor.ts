/**
 * A minimal CBOR (RFC 8949) reader, enough to read Pagefind's metadata file at build time:
 * unsigned and negative integers, byte and text strings, arrays, maps, tags (skipped), simple
 * values and floats, with definite or indefinite lengths.
 */
export type CborValue = number | bigint | string | Uint8Array | boolean | null | undefined | CborValue[] | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const breakMark = Symbol('break');

  function length(info: number): number | bigint | null {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) { const value = view.getUint16(at); at += 2; return value; }
    if (info === 26) { const value = view.getUint32(at); at += 4; return value; }
    if (info === 27) { const value = view.getBigUint64(at); at += 8; return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value; }
    if (info === 31) return null;
    throw new Error(`CBOR: reserved additional information ${info} at byte ${at}`);
  }

  function item(): CborValue | typeof breakMark {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = view.getUint8(at++);
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      if (info === 23) return undefined;
      if (info === 25) { const value = float16(view.getUint16(at)); at += 2; return value; }
      if (info === 26) { const value = view.getFloat32(at); at += 4; return value; }
      if (info === 27) { const value = view.getFloat64(at); at += 8; return value; }
      if (info === 31) return breakMark;
      if (info < 24) return info;
      if (info === 24) return view.getUint8(at++);
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    const size = length(info);
    switch (major) {
      case 0: return size ?? 0;
      case 1: return typeof size === 'bigint' ? -1n - size : -1 - Number(size);
      case 2:
      case 3: {
        if (size === null) {
          const parts: (string | Uint8Array)[] = [];
          for (let part = item(); part !== breakMark; part = item()) parts.push(part as string | Uint8Array);
          return major === 3 ? (parts as string[]).join('') : concat(parts as Uint8Array[]);
        }
        const end = at + Number(size);
        const slice = bytes.subarray(at, end);
        at = end;
        return major === 3 ? text.decode(slice) : slice;
      }
      case 4: {
        const items: CborValue[] = [];
        if (size === null) for (let next = item(); next !== breakMark; next = item()) items.push(next);
        else for (let index = 0; index < Number(size); index++) items.push(item() as CborValue);
        return items;
      }
      case 5: {
        const map = new Map<CborValue, CborValue>();
        if (size === null) for (let key = item(); key !== breakMark; key = item()) map.set(key, item() as CborValue);
        else for (let index = 0; index < Number(size); index++) map.set(item() as CborValue, item() as CborValue);
        return map;
      }
      case 6: return item();
      default: throw new Error(`CBOR: unknown major type ${major}`);
    }
  }

  const value = item();
  if (value === breakMark) throw new Error('CBOR: unexpected break');
  return value;
}

function float16(bits: number): number {
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  const sign = bits & 0x8000 ? -1 : 1;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) { result.set(part, offset); offset += part.length; }
  return result;
}
