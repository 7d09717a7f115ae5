/**
 * The bytes under a progress code: CRC-32 and a short id hash in plain JavaScript (no Web Crypto
 * on plain-HTTP intranets), base64url, a big-endian writer and reader, UTF-8 clipping, and an
 * inflate that stops at a size limit. code.ts builds the payload with these.
 */
import { Inflate } from 'fflate';
import { toBase64Url } from './store.ts';

/** CRC-32 (IEEE), table-driven. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A 24-bit FNV-1a hash of an id (the code stores hashes, not slugs, to stay short). */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash >>> 24) ^ hash) & 0xffffff;
}

/** Text made only of base64url characters (no padding). */
export const BASE64URL_TEXT = /^[A-Za-z0-9_-]*$/;

export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL_TEXT.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export class Writer {
  private bytes: number[] = [];
  u8(value: number) {
    this.bytes.push(value & 0xff);
  }
  u16(value: number) {
    this.u8(value >>> 8);
    this.u8(value);
  }
  u24(value: number) {
    this.u8(value >>> 16);
    this.u16(value & 0xffff);
  }
  varint(value: number) {
    let v = value;
    while (v >= 0x80) {
      this.u8((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.u8(v);
  }
  raw(bytes: Uint8Array) {
    for (const byte of bytes) this.u8(byte);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class Reader {
  private offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  private need(n: number) {
    if (this.offset + n > this.bytes.length) throw new RangeError('truncated');
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.offset++]!;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u24(): number {
    return (this.u8() << 16) | this.u16();
  }
  varint(): number {
    let result = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.u8();
      result |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
    }
    throw new RangeError('truncated');
  }
  raw(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.slice(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
}

export function profileIdBytes(id: string): Uint8Array {
  const bytes = fromBase64Url(id);
  if (!bytes || bytes.length !== 8) throw new Error(`invalid profile id ${id}`);
  return bytes;
}

/** Trims a nickname to at most `max` UTF-8 bytes without cutting a character. */
export function clipUtf8(text: string, max: number): Uint8Array {
  const encoder = new TextEncoder();
  let out = encoder.encode(text);
  let chars = [...text];
  while (out.length > max) {
    chars = chars.slice(0, -1);
    out = encoder.encode(chars.join(''));
  }
  return out;
}

/**
 * Inflates at most `max` bytes, in small steps, so a tiny code that would inflate to megabytes
 * (a "zip bomb") stops at once instead of freezing a phone. Null when it is not deflate data or
 * inflates past `max`.
 */
export function inflateCapped(compressed: Uint8Array, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length && total <= max; offset += 64) {
      inflater.push(compressed.subarray(offset, offset + 64), offset + 64 >= compressed.length);
    }
  } catch {
    return null;
  }
  if (total > max) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
