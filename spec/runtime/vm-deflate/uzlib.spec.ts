// runtime/lib/deflate.ts on its own: the compressor's bytes (what MicroPython v1.27.0's
// WebAssembly port writes for the same input), and the inflater's byte-at-a-time input, its errors
// and its state after a failed read, as lib/uzlib has them.

import { describe, expect, it } from "vitest";
import { adler32, CHKSUM_ERROR, Compressor, crc32, DATA_ERROR, DICT_ERROR, DONE, HEADER_GZIP, HEADER_ZLIB, Inflater, OK } from "../../../runtime/lib/deflate.js";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);

/** A raw DEFLATE stream of `data` with a window of 2**wbits, as DeflateIO(..., RAW, wbits) writes it. */
function compress(data: Uint8Array, wbits: number): string {
  const out: number[] = [];
  const c = new Compressor(new Uint8Array(1 << wbits), (b) => out.push(b));
  c.startBlock();
  c.compress(data);
  c.finishBlock();
  return String.fromCharCode(...out);
}

/** An inflater over `src` that counts the bytes it has taken; the end of `src` throws as DeflateIO's EOFError. */
function inflaterOf(src: Uint8Array) {
  const state = { pos: 0 };
  const inf = new Inflater(() => {
    if (state.pos >= src.length) throw new Error("EOF");
    return src[state.pos++]!;
  });
  return { inf, state };
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("uzlib compressor", () => {
  // Expected: DeflateIO(BytesIO(), RAW, wbits).write(data) on the WebAssembly port.
  it("codes literals, matches longer than 258 and the nearest of equal matches as uzlib does", () => {
    const hello = latin1("hello");
    expect(compress(latin1("hello"), 8)).toBe("\xcbH\xcd\xc9\xc9\x07\x00");
    expect(compress(concat(hello, new Uint8Array(300), hello), 5)).toBe("\xcbH\xcd\xc9\xc9g\x18\xe9\x00\x08\x88\x05\x19\xa999\xf9\x00");
    expect(compress(concat(hello, new Uint8Array(2000), hello), 10)).toBe(
      "\xcbH\xcd\xc9\xc9g\x18\xe9\x00\x08F:\x00\x82\x91\x0e\x80`\xa4\x03 \x18\xe9\x00\x08F:\x00\x82\x91\x0e\x80`\xe8\x82\x8c\xd4\x9c\x9c|\x00",
    );
    expect(compress(latin1("ab".repeat(300) + "xyz".repeat(90)), 9)).toBe("KL\x1a\xe9\x10\x08G:\x04Bj\xc3\x8a\xca\xaa\x91\x8e\x80\x08\x86\x00");
    expect(compress(latin1("1234567890abcdefghijklmnopqrstuvwxyz123123"), 8)).toBe(
      '3426153\xb7\xb04HLJNIMK\xcf\xc8\xcc\xca\xce\xc9\xcd\xcb/(,*.)-+\xaf\xa8\xac\x02\xaa\x01"\x00',
    );
  });

  it("codes bytes 144-255 in nine bits", () => {
    const data = concat(Uint8Array.from({ length: 256 }, (_, i) => i), latin1("\xff\xfe".repeat(40)));
    expect(compress(data, 8).slice(-12)).toBe("\xd7\xef?\x7f\xff\xfd\xff\xff\x8f\xba\x10\x00");
  });

  it("takes the zlib and gzip checksums incrementally", () => {
    expect(adler32(latin1("hello"), 1).toString(16)).toBe("62c0215");
    expect(adler32(latin1("llo"), adler32(latin1("he"), 1))).toBe(adler32(latin1("hello"), 1));
    expect((~crc32(latin1("hello"), 0xffffffff) >>> 0).toString(16)).toBe("3610a686");
  });
});

describe("uzlib inflater", () => {
  const zlibStream = latin1('\x18\x95\xcb\xcdL.\xca/\xa8,\xc9\xc8\xcfS\xc8H\xcd\xc9\xc9W(\xcf/\xcaIAa\xe7"\xd4\x00\x00\xbc\xfa\x12\x91');

  it("reads only the input each output byte needs, and the trailer only at the end", () => {
    // Expected: tests/extmod/deflate_decompress.py's partial reads, source positions 4, 5, 7, 36.
    const { inf, state } = inflaterOf(zlibStream);
    expect(inf.parseHeader()).toEqual({ type: HEADER_ZLIB, wbits: 9 });
    inf.init(new Uint8Array(512));
    const positions: number[] = [];
    for (const n of [1, 1, 2]) {
      const r = inf.inflate(new Uint8Array(n));
      expect(r).toEqual({ produced: n, status: OK });
      positions.push(state.pos);
    }
    const rest = new Uint8Array(256);
    const r = inf.inflate(rest);
    expect(r.status).toBe(DONE);
    expect(text(rest.subarray(0, r.produced))).toBe("opython hello world hello world micropython");
    expect([...positions, state.pos]).toEqual([4, 5, 7, 36]);
  });

  it("reports a wrong checksum, a distance beyond the window and an invalid header", () => {
    const bad = zlibStream.slice();
    bad[bad.length - 1] = 0;
    let { inf } = inflaterOf(bad);
    inf.parseHeader();
    inf.init(new Uint8Array(512));
    expect(inf.inflate(new Uint8Array(100)).status).toBe(CHKSUM_ERROR);

    // "hello" again 25 bytes on: too far back for a 16-byte window.
    const hello = latin1("hello");
    const far = latin1(compress(concat(hello, new Uint8Array(20), hello), 6));
    ({ inf } = inflaterOf(far));
    inf.init(new Uint8Array(16));
    expect(inf.inflate(new Uint8Array(400)).status).toBe(DICT_ERROR);
    ({ inf } = inflaterOf(far));
    inf.init(new Uint8Array(32));
    expect(inf.inflate(new Uint8Array(400))).toEqual({ produced: 30, status: DONE });

    ({ inf } = inflaterOf(latin1("\x1f\x8b\x09")));
    expect(inf.parseHeader().type).toBe(DATA_ERROR);
    ({ inf } = inflaterOf(latin1("\x1f\x8b\x08\x1e}\x9a\x9bd\x02\x00\x00\x00\x00\x00\x00\xff")));
    expect(inf.parseHeader()).toEqual({ type: HEADER_GZIP, wbits: 15 });
  });

  it("moves to the next block before returning, even with the buffer full", () => {
    // A stored block of two bytes, then a final fixed block: the second read takes the block
    // header and the first byte of the next block at once.
    const src = latin1("\x00\x02\x00\xfd\xffab" + "K\x04\x00");
    const { inf, state } = inflaterOf(src);
    inf.init(new Uint8Array(256));
    expect(inf.inflate(new Uint8Array(2))).toEqual({ produced: 2, status: OK });
    expect(state.pos).toBe(7);
    const one = new Uint8Array(1);
    expect(inf.inflate(one)).toEqual({ produced: 1, status: OK });
    expect(text(one)).toBe("a");
    expect(state.pos).toBe(9);
  });

  it("runs on with endless zero bits once an input byte failed to arrive mid-bit (uzlib's bit count wraps)", () => {
    const { inf } = inflaterOf(latin1("x\x9c\x05\xc1\x81\x01\x000\x04\x04\xb1\x95\\\x1f\xcfn\x86o\x82d\x06Qq\xc8\x9d\xc5X}<\x97\xb5g\x83\x0f\x89X\x07\xab"));
    inf.parseHeader();
    inf.init(new Uint8Array(1 << 15));
    // A corrupted code: garbage out until the input ends inside a code.
    let ended = false;
    for (let i = 0; i < 10 && !ended; i++) {
      try {
        inf.inflate(new Uint8Array(64));
      } catch {
        ended = true;
      }
    }
    expect(ended).toBe(true);
    const out = new Uint8Array(300);
    expect(inf.inflate(out)).toEqual({ produced: 300, status: OK });
    expect(text(out)).toBe("1".repeat(300));
  });
});
