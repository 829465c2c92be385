// DEFLATE as MicroPython's lib/uzlib does it: a byte-at-a-time inflater that pulls its input from a
// callback and keeps its history in a ring window (tinflate.c), the zlib/gzip header parser
// (header.c), and the streaming compressor (lz77.c + defl_static.c: one fixed-Huffman block, a
// brute-force search of the whole window). Every quirk that shows in how much input is consumed,
// in which error is reported, or in the compressed bytes follows uzlib, not zlib.

import { crc32 as standardCrc32 } from "./binascii.js";

export const OK = 0;
export const DONE = 1;
export const DATA_ERROR = -3;
export const CHKSUM_ERROR = -4;
export const DICT_ERROR = -5;

export const HEADER_ZLIB = 0;
export const HEADER_GZIP = 1;

const enum Checksum {
  None,
  Adler,
  Crc,
}

/** uzlib_adler32: `prev` is 1 to start. */
export function adler32(data: Uint8Array, prev: number): number {
  let s1 = prev & 0xffff;
  let s2 = prev >>> 16;
  for (let at = 0; at < data.length; ) {
    const end = Math.min(data.length, at + 5552);
    for (; at < end; at++) {
      s1 += data[at]!;
      s2 += s1;
    }
    s1 %= 65521;
    s2 %= 65521;
  }
  return ((s2 << 16) | s1) >>> 0;
}

/** uzlib_crc32: the running value, not inverted (0xffffffff to start, inverted at the end). */
export function crc32(data: Uint8Array, prev: number): number {
  return ~standardCrc32(data, ~prev >>> 0) >>> 0;
}

/** Extra bits and base of each length symbol (257...) and each distance symbol. */
const LENGTH_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0];
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258, 0];
const DIST_BITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];

/** The order in which a dynamic block lists the code-length code's lengths. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
class Tree {
  readonly counts = new Uint16Array(16);
  readonly symbols = new Uint16Array(288);

  /** Rebuilds the tree from code lengths; symbols past the new ones keep their old values, as uzlib's do. */
  build(lengths: Uint8Array, from: number, n: number): void {
    this.counts.fill(0);
    for (let i = 0; i < n; i++) this.counts[lengths[from + i]!]!++;
    this.counts[0] = 0;
    const next = new Uint16Array(16);
    for (let len = 0, sum = 0; len < 16; len++) {
      next[len] = sum;
      sum += this.counts[len]!;
    }
    for (let i = 0; i < n; i++) {
      const len = lengths[from + i]!;
      if (len) this.symbols[next[len]!++] = i;
    }
  }

  buildFixedLiterals(): void {
    this.counts.fill(0);
    this.counts[7] = 24;
    this.counts[8] = 152;
    this.counts[9] = 112;
    let k = 0;
    for (let i = 0; i < 24; i++) this.symbols[k++] = 256 + i;
    for (let i = 0; i < 144; i++) this.symbols[k++] = i;
    for (let i = 0; i < 8; i++) this.symbols[k++] = 280 + i;
    for (let i = 0; i < 112; i++) this.symbols[k++] = 144 + i;
  }

  buildFixedDistances(): void {
    this.counts.fill(0);
    this.counts[5] = 32;
    for (let i = 0; i < 32; i++) this.symbols[i] = i;
  }
}

/**
 * uzlib_uncomp_t and its functions. `source` gives the next input byte, or a negative number at the
 * end (after which every byte reads as 0); it may also throw, leaving the state where uzlib's would
 * be when its read callback raises. A fresh Inflater is uzlib's zeroed struct: call init() before
 * inflating (MicroPython skips it when the header is rejected, and later reads run from the zeroed state).
 */
export class Inflater {
  private tag = 0;
  private bitcount = 0;
  private sourceEnded = false;
  private checksum = 0;
  private checksumType = Checksum.None;
  private btype = 0;
  private bfinal = 0;
  private curlen = 0;
  private lzOff = 0;
  private window: Uint8Array | null = null;
  private windowIdx = 0;
  private readonly ltree = new Tree();
  private readonly dtree = new Tree();
  private dest: Uint8Array = new Uint8Array(0);
  private destPos = 0;

  constructor(private readonly source: () => number) {}

  /** uzlib_uncompress_init: start at a block header, with a history window of window.length bytes. */
  init(window: Uint8Array): void {
    this.sourceEnded = false;
    this.bitcount = 0;
    this.bfinal = 0;
    this.btype = -1;
    this.window = window;
    this.windowIdx = 0;
    this.curlen = 0;
  }

  /** uzlib_get_byte. */
  getByte(): number {
    if (!this.sourceEnded) {
      const b = this.source();
      if (b >= 0) return b & 0xff;
    }
    this.sourceEnded = true;
    return 0;
  }

  private getBit(): number {
    if (this.bitcount-- === 0) {
      this.tag = this.getByte();
      this.bitcount = 7;
    }
    const bit = this.tag & 1;
    this.tag >>>= 1;
    return bit;
  }

  /** `n` bits, least significant first, plus `base`. */
  private bits(n: number, base: number): number {
    let v = 0;
    for (let mask = 1; mask < 1 << n; mask *= 2) if (this.getBit()) v += mask;
    return v + base;
  }

  /** A symbol of `t`, or DATA_ERROR after 15 bits that make no code. */
  private symbol(t: Tree): number {
    let sum = 0;
    let cur = 0;
    let len = 0;
    do {
      cur = 2 * cur + this.getBit();
      if (++len === 16) return DATA_ERROR;
      sum += t.counts[len]!;
      cur -= t.counts[len]!;
    } while (cur >= 0);
    return t.symbols[sum + cur]!;
  }

  /** A dynamic block's code lengths, and the two trees built from them. */
  private readTrees(): number {
    const hlit = this.bits(5, 257);
    const hdist = this.bits(5, 1);
    const hclen = this.bits(4, 4);
    const lengths = new Uint8Array(288 + 32);
    for (let i = 0; i < hclen; i++) lengths[CODE_LENGTH_ORDER[i]!] = this.bits(3, 0);
    // The literal tree holds the code-length code while the lengths are read.
    this.ltree.build(lengths, 0, 19);
    const total = hlit + hdist;
    for (let num = 0; num < total; ) {
      const sym = this.symbol(this.ltree);
      if (sym < 0) return sym;
      let fill = 0;
      let count: number;
      if (sym === 16) {
        if (num === 0) return DATA_ERROR;
        fill = lengths[num - 1]!;
        count = this.bits(2, 3);
      } else if (sym === 17) count = this.bits(3, 3);
      else if (sym === 18) count = this.bits(7, 11);
      else {
        lengths[num++] = sym;
        continue;
      }
      if (num + count > total) return DATA_ERROR;
      lengths.fill(fill, num, num + count);
      num += count;
    }
    this.ltree.build(lengths, 0, hlit);
    this.dtree.build(lengths, hlit, hdist);
    return OK;
  }

  /** TINF_PUT: one byte out, and into the window. */
  private put(c: number): void {
    this.dest[this.destPos++] = c;
    if (this.window) {
      this.window[this.windowIdx++] = c;
      if (this.windowIdx === this.window.length) this.windowIdx = 0;
    }
  }

  /** One byte of a Huffman block (or its end). */
  private huffmanStep(): number {
    if (this.curlen === 0) {
      const sym = this.symbol(this.ltree);
      if (this.sourceEnded) return DATA_ERROR;
      // uzlib does not check for a failed decode here: DATA_ERROR goes out as the byte 0xfd.
      if (sym < 256) {
        this.put(sym & 0xff);
        return OK;
      }
      if (sym === 256) return DONE;
      const lsym = sym - 257;
      if (lsym >= 29) return DATA_ERROR;
      this.curlen = this.bits(LENGTH_BITS[lsym]!, LENGTH_BASE[lsym]!);
      const dsym = this.symbol(this.dtree);
      // (uzlib indexes its table with a failed decode; that reads outside it, here an error.)
      if (dsym >= 30 || dsym < 0) return DATA_ERROR;
      const offs = this.bits(DIST_BITS[dsym]!, DIST_BASE[dsym]!);
      if (this.window) {
        if (offs > this.window.length) return DICT_ERROR;
        // A distance into the part of the window not written yet reads what it holds (zeros).
        this.lzOff = this.windowIdx - offs;
        if (this.lzOff < 0) this.lzOff += this.window.length;
      } else this.lzOff = -offs;
    }
    if (this.window) {
      this.put(this.window[this.lzOff]!);
      if (++this.lzOff === this.window.length) this.lzOff = 0;
    } else {
      // Without a window uzlib copies from earlier in the output buffer (memory before it reads as 0 here).
      const from = this.destPos + this.lzOff;
      this.dest[this.destPos] = from >= 0 ? this.dest[from]! : 0;
      this.destPos++;
    }
    this.curlen--;
    return OK;
  }

  /** One byte of a stored block (or its end); the length words are read on the block's first call. */
  private storedStep(): number {
    if (this.curlen === 0) {
      let length = this.getByte();
      length += 256 * this.getByte();
      let inverse = this.getByte();
      inverse += 256 * this.getByte();
      if (length !== (~inverse & 0xffff)) return DATA_ERROR;
      // One more than the length, so the call after the last byte reports the block's end.
      this.curlen = length + 1;
      this.bitcount = 0;
    }
    if (--this.curlen === 0) return DONE;
    this.put(this.getByte());
    return OK;
  }

  /** uzlib_uncompress: fills `dest` unless the stream ends or fails first; returns OK, DONE or an error. */
  private uncompress(): number {
    let newBlock = this.btype === -1;
    for (;;) {
      if (newBlock) {
        newBlock = false;
        this.bfinal = this.getBit();
        this.btype = this.bits(2, 0);
        if (this.btype === 1) {
          this.ltree.buildFixedLiterals();
          this.dtree.buildFixedDistances();
        } else if (this.btype === 2) {
          const res = this.readTrees();
          if (res !== OK) return res;
        }
      }
      let res: number;
      if (this.btype === 0) res = this.storedStep();
      else if (this.btype === 1 || this.btype === 2) res = this.huffmanStep();
      else return DATA_ERROR;
      // A block that ends without producing a byte moves straight on to the next one, even when
      // the buffer is full.
      if (res === DONE && !this.bfinal) {
        newBlock = true;
        continue;
      }
      if (res !== OK) return res;
      if (this.destPos >= this.dest.length) return OK;
    }
  }

  /**
   * uzlib_uncompress_chksum into `dest`: the bytes produced and the status. At DONE the trailer is
   * read and checked (zlib's Adler-32; gzip's CRC-32, its length read but not checked).
   */
  inflate(dest: Uint8Array): { readonly produced: number; readonly status: number } {
    this.dest = dest;
    this.destPos = 0;
    const res = this.uncompress();
    const produced = this.destPos;
    if (res < 0) return { produced, status: res };
    if (this.checksumType === Checksum.Adler) this.checksum = adler32(dest.subarray(0, produced), this.checksum);
    else if (this.checksumType === Checksum.Crc) this.checksum = crc32(dest.subarray(0, produced), this.checksum);
    if (res === DONE) {
      if (this.checksumType === Checksum.Adler) {
        if (this.checksum !== this.be32()) return { produced, status: CHKSUM_ERROR };
      } else if (this.checksumType === Checksum.Crc) {
        if ((~this.checksum >>> 0) !== this.le32()) return { produced, status: CHKSUM_ERROR };
        this.le32();
      }
    }
    return { produced, status: res };
  }

  private be32(): number {
    let v = 0;
    for (let i = 0; i < 4; i++) v = ((v << 8) | this.getByte()) >>> 0;
    return v;
  }

  private le32(): number {
    let v = 0;
    for (let i = 0; i < 4; i++) v = ((v >>> 8) | (this.getByte() << 24)) >>> 0;
    return v;
  }

  /**
   * uzlib_parse_zlib_gzip_header: HEADER_ZLIB or HEADER_GZIP with the window bits the header asks
   * for (gzip always 15), or DATA_ERROR. Sets up the checksum the trailer will be checked against.
   */
  parseHeader(): { readonly type: number; readonly wbits: number } {
    const fail = { type: DATA_ERROR, wbits: 0 };
    const cmf = this.getByte();
    let flg = this.getByte();
    if (cmf === 0x1f && flg === 0x8b) {
      if (this.getByte() !== 8) return fail;
      flg = this.getByte();
      if (flg & 0xe0) return fail;
      this.skip(6);
      if (flg & 4) this.skip(this.getByte() | (this.getByte() << 8)); // FEXTRA
      if (flg & 8) while (this.getByte()); // FNAME
      if (flg & 16) while (this.getByte()); // FCOMMENT
      if (flg & 2) this.skip(2); // FHCRC, not checked
      this.checksumType = Checksum.Crc;
      this.checksum = 0xffffffff;
      return { type: HEADER_GZIP, wbits: 15 };
    }
    if ((256 * cmf + flg) % 31) return fail;
    if ((cmf & 0x0f) !== 8) return fail;
    if (cmf >> 4 > 7) return fail;
    if (flg & 0x20) return fail;
    this.checksumType = Checksum.Adler;
    this.checksum = 1;
    return { type: HEADER_ZLIB, wbits: (cmf >> 4) + 8 };
  }

  private skip(n: number): void {
    while (n--) this.getByte();
  }
}

// ---- compression ----

const MIN_MATCH = 3;
const MAX_MATCH = 258;

/** The byte with its bits in the opposite order. */
function mirror(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r |= ((b >> i) & 1) << (7 - i);
  return r;
}

const log2 = (x: number): number => (x > 0 ? 31 - Math.clz32(x) : 0);

/**
 * uzlib_lz77_state_t and its functions: bits out through `sink` a byte at a time as they fill up,
 * the history in `window` (a power of two long). MicroPython's DeflateIO writes one fixed-Huffman
 * block: startBlock(), compress() for each write, finishBlock() on close.
 */
export class Compressor {
  private outbits = 0;
  private noutbits = 0;
  private histStart = 0;
  private histLen = 0;

  constructor(
    private readonly window: Uint8Array,
    private readonly sink: (byte: number) => void,
  ) {}

  private out(bits: number, n: number): void {
    this.outbits = (this.outbits | (bits << this.noutbits)) >>> 0;
    this.noutbits += n;
    while (this.noutbits >= 8) {
      this.sink(this.outbits & 0xff);
      this.outbits >>>= 8;
      this.noutbits -= 8;
    }
  }

  /** The block header: final, fixed Huffman codes. */
  startBlock(): void {
    this.out(3, 3);
  }

  /** The end-of-block code, then zero bits to flush the last byte. */
  finishBlock(): void {
    this.out(0, 14);
  }

  private literal(c: number): void {
    if (c <= 143) this.out(mirror(0x30 + c), 8);
    else this.out(1 + 2 * mirror(c), 9);
  }

  private match(distance: number, len: number): void {
    distance -= 1;
    while (len > 0) {
      // At most 258 a time, never leaving less than 3 for the next piece.
      let piece = len > 260 ? 258 : len <= 258 ? len : len - 3;
      len -= piece;
      piece -= 3;
      let code = 28;
      let x = log2(piece);
      if (piece < 255) {
        if (x) x--;
        code = x * 4 + ((piece >> (x ? x - 1 : 0)) & 3);
      }
      if (code <= 22) this.out(mirror((code + 1) * 2), 7);
      else this.out(mirror(code + 169), 8);
      if (piece < 255 && x > 1) this.out(piece - ((piece >> (x - 1)) << (x - 1)), x - 1);
      const dx = log2(distance);
      const dy = (distance >> (dx ? dx - 1 : 0)) & 1;
      this.out(mirror((dx * 2 + dy) * 8), 5);
      if (dx > 1) this.out(distance - ((distance >> (dx - 1)) << (dx - 1)), dx - 1);
    }
  }

  /**
   * The longest match for src[at...] starting anywhere in the history (it may run on into src
   * itself), up to 259 bytes; of equal lengths the most recent wins. Returns [length, distance].
   */
  private longestMatch(src: Uint8Array, at: number): [number, number] {
    const len = src.length - at;
    const mask = this.window.length - 1;
    let best = 0;
    let distance = 0;
    for (let start = 0; start < this.histLen; start++) {
      let n = 0;
      for (; n <= MAX_MATCH && n < len; n++) {
        const i = start + n;
        const h = i < this.histLen ? this.window[(this.histStart + i) & mask]! : src[at + i - this.histLen]!;
        if (src[at + n] !== h) break;
      }
      if (n >= MIN_MATCH && n >= best) {
        best = n;
        distance = this.histLen - start;
      }
    }
    return [best, distance];
  }

  /** uzlib_lz77_compress: codes `src` against the history, then adds it to the history. */
  compress(src: Uint8Array): void {
    const mask = this.window.length - 1;
    for (let at = 0; at < src.length; ) {
      let [n, distance] = this.longestMatch(src, at);
      if (n === 0) {
        this.literal(src[at]!);
        n = 1;
      } else this.match(distance, n);
      while (n--) {
        this.window[(this.histStart + this.histLen) & mask] = src[at++]!;
        if (this.histLen === this.window.length) this.histStart = (this.histStart + 1) & mask;
        else this.histLen++;
      }
    }
  }
}
