// The framebuf module (extmod/modframebuf.c) over the drawing in runtime/lib/framebuf.ts:
// FrameBuffer objects over any writable buffer, lending that buffer to bytes()/memoryview() as
// MicroPython's buffer protocol does, subclassable from Python, plus the legacy FrameBuffer1.

import { FORMAT, FrameBuffer, layout } from "../lib/framebuf.js";
import { blocks } from "../memory/sizes.js";
import { ITEM_SIZE, PyArray, getItem } from "../objects/array.js";
import { checkArgCount, toIndex } from "../objects/args.js";
import { ATTRIBUTE_ERROR, VALUE_ERROR, pyErr, typeError } from "../objects/exceptions.js";
import { charge } from "../memory/charge.js";
import { bytesOf, truthy } from "../objects/ops.js";
import { typeName } from "../objects/repr.js";
import { PyBuiltin, PyByteArray, PyBytes, PyInstance, PyList, PyMemoryView, PyObject, PyTuple, LIST, TUPLE, nativeType, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { ns } from "../objects/native.js";
import { hostCall } from "../objects/exceptions.js";
import { withArity } from "../objects/args.js";

export const FRAMEBUFFER = nativeType("FrameBuffer");

/** mp_obj_framebuf_t: type, the buffer object, its data pointer, three uint16s and the format byte. */
const FRAMEBUF_OBJECT_BYTES = 19;

/** A FrameBuffer: the drawing state and the buffer object it keeps alive and lends. */
export class PyFrameBuffer extends PyObject {
  readonly type = FRAMEBUFFER;
  constructor(
    /** null while a subclass's __init__ has not yet called super().__init__(). */
    private readonly drawing: FrameBuffer | null,
    readonly bufObj: Value,
  ) {
    super();
    if (drawing) charge(this.heapBytes());
  }
  get fb(): FrameBuffer {
    if (!this.drawing) throw pyErr(ATTRIBUTE_ERROR, "call super().__init__() first");
    return this.drawing;
  }
  /** The buffer protocol (framebuf_get_buffer): the buffer object's own bytes. */
  get bytes(): Uint8Array {
    return bytesOf(this.bufObj) ?? new Uint8Array(0);
  }
  /** What memoryview() of a FrameBuffer views: the buffer object it was made over. */
  get bufferOwner(): Value {
    return this.bufObj;
  }
  heapBytes(): number {
    return this.drawing ? blocks(FRAMEBUF_OBJECT_BYTES) : 0;
  }
  heapRefs(): Value[] {
    return [this.bufObj];
  }
}

interface Buffer {
  readonly b: Uint8Array;
  /** The item type poly() reads coordinates as ('B' for bytes-like objects). */
  readonly tc: string;
}

/** mp_get_buffer: the bytes behind `v`, or null when it has none (or only read-only ones and `write` is asked). */
function bufferOf(v: Value, write: boolean): Buffer | null {
  if (v instanceof PyFrameBuffer) return bufferOf(v.bufObj, write);
  if (v instanceof PyInstance) return v.base ? bufferOf(v.base, write) : null;
  if (v instanceof PyArray) return { b: v.bytes, tc: v.typecode };
  if (v instanceof PyMemoryView) return v.readonly && write ? null : { b: v.bytes, tc: v.typecode };
  if (v instanceof PyByteArray) return { b: v.b, tc: "B" };
  if (v instanceof PyBytes) return write ? null : { b: v.b, tc: "B" };
  if (typeof v === "string") return write ? null : { b: new TextEncoder().encode(v), tc: "B" };
  const b = bytesOf(v);
  return b ? { b, tc: "B" } : null;
}

function bufferRaise(v: Value, write: boolean): Buffer {
  const buf = bufferOf(v, write);
  if (!buf) throw typeError("object with buffer protocol required");
  return buf;
}

/** framebuf_make_new_helper: integers first, then the geometry, then the buffer and its size. */
function makeDrawing(a: readonly Value[], write: boolean): FrameBuffer {
  const width = toIndex(a[1]!);
  const height = toIndex(a[2]!);
  const format = toIndex(a[3]!);
  const stride = a.length >= 5 ? toIndex(a[4]!) : undefined;
  return hostCall(() => {
    const l = layout(width, height, format, stride);
    return new FrameBuffer(bufferRaise(a[0]!, write).b, l);
  });
}

function construct(a: Value[], kw: KwArgs | null): PyFrameBuffer {
  checkArgCount(a, kw, 4, 5);
  return new PyFrameBuffer(makeDrawing(a, true), a[0]!);
}

FRAMEBUFFER.make = (_c, a, kw) => construct(a, kw);

// The VM makes a subclass instance's native part before the class's __init__ runs, with no
// arguments when that __init__ is the class's own; MicroPython makes it in super().__init__().
// Subclasses therefore build theirs through this twin, which leaves an empty call pending.
const SUBCLASS_NATIVE = nativeType("FrameBuffer", FRAMEBUFFER);
SUBCLASS_NATIVE.make = (_c, a, kw) => (a.length === 0 && !kw?.length ? new PyFrameBuffer(null, null) : construct(a, kw));
FRAMEBUFFER.native = SUBCLASS_NATIVE;

/** A method's self: a FrameBuffer exactly, as MicroPython checks a native method's first argument
 * (a subclass instance's methods are bound to its native part already). */
function selfOf(v: Value): FrameBuffer {
  if (v instanceof PyFrameBuffer) return v.fb;
  throw typeError(`argument should be a 'FrameBuffer' not a '${typeName(v)}'`);
}

/** get_readonly_framebuffer: a FrameBuffer (or subclass), else a (buffer, w, h, format[, stride]) tuple or list. */
function sourceOf(v: Value): FrameBuffer {
  // mp_obj_cast_to_native_base: a subclass instance gives its native part.
  const native = v instanceof PyInstance ? v.base : v;
  if (native instanceof PyFrameBuffer) return native.fb;
  // mp_obj_get_array: exactly a tuple or a list, not a subclass.
  if (!((v instanceof PyTuple && v.type === TUPLE) || (v instanceof PyList && v.type === LIST))) throw typeError(`object '${typeName(v)}' isn't a tuple or list`);
  const items = v.items;
  if (items.length < 4 || items.length > 5) throw pyErr(VALUE_ERROR);
  return makeDrawing(items, false);
}

/** mp_obj_str_get_str: a str's UTF-8 bytes or a bytes object's, else TypeError. */
function textBytes(v: Value): Uint8Array {
  if (typeof v === "string") return new TextEncoder().encode(v);
  if (v instanceof PyBytes) return v.b;
  throw typeError(`can't convert '${typeName(v)}' object to str implicitly`);
}

/** The integer arguments after self, as framebuf_args reads them. */
const ints = (a: Value[], n: number): number[] => a.slice(1, n + 1).map(toIndex);

function poly(a: Value[]): Value {
  const fb = selfOf(a[0]);
  const x = toIndex(a[1]!);
  const y = toIndex(a[2]!);
  const { b, tc } = bufferRaise(a[3]!, false);
  // An odd count of values drops the last one.
  const points = Math.floor(b.length / (ITEM_SIZE[tc]! * 2));
  if (points === 0) return null;
  const col = toIndex(a[4]!);
  fb.poly(x, y, points, (i) => toIndex(getItem(b, tc, i)), col, a.length > 5 && truthy(a[5]!));
  return null;
}

function blit(a: Value[]): Value {
  const fb = selfOf(a[0]);
  const src = sourceOf(a[1]!);
  const x = toIndex(a[2]!);
  const y = toIndex(a[3]!);
  const key = a.length > 4 ? toIndex(a[4]!) : -1;
  const palette = a.length > 5 && a[5] !== null ? sourceOf(a[5]!) : null;
  fb.blit(src, x, y, key, palette);
  return null;
}

function pixel(a: Value[]): Value {
  const fb = selfOf(a[0]);
  const [x, y] = ints(a, 2) as [number, number];
  // The colour is converted only for a pixel inside the buffer.
  if (!fb.contains(x, y)) return null;
  return fb.pixel(x, y, a.length > 3 ? toIndex(a[3]!) : undefined) ?? null;
}

/** Each method with its positional argument range (self counted), in the locals table's order. */
const METHODS: Record<string, [number, number, (a: Value[]) => void | Value]> = {
  fill: [2, 2, (a) => selfOf(a[0]).fill(toIndex(a[1]!))],
  fill_rect: [6, 6, (a) => selfOf(a[0]).fillRect(...(ints(a, 5) as [number, number, number, number, number]))],
  pixel: [3, 4, pixel],
  hline: [5, 5, (a) => {
    const [x, y, w, col] = ints(a, 4) as [number, number, number, number];
    selfOf(a[0]).fillRect(x, y, w, 1, col);
  }],
  vline: [5, 5, (a) => {
    const [x, y, h, col] = ints(a, 4) as [number, number, number, number];
    selfOf(a[0]).fillRect(x, y, 1, h, col);
  }],
  rect: [6, 7, (a) => {
    const [x, y, w, h, col] = ints(a, 5) as [number, number, number, number, number];
    selfOf(a[0]).rect(x, y, w, h, col, a.length > 6 && truthy(a[6]!));
  }],
  line: [6, 6, (a) => selfOf(a[0]).line(...(ints(a, 5) as [number, number, number, number, number]))],
  ellipse: [6, 8, (a) => {
    const [cx, cy, xr, yr, col] = ints(a, 5) as [number, number, number, number, number];
    const fill = a.length > 6 && truthy(a[6]!);
    selfOf(a[0]).ellipse(cx, cy, xr, yr, col, fill, a.length > 7 ? toIndex(a[7]!) : undefined);
  }],
  poly: [5, 6, poly],
  blit: [4, 6, blit],
  scroll: [3, 3, (a) => selfOf(a[0]).scroll(toIndex(a[1]!), toIndex(a[2]!))],
  text: [4, 5, (a) => {
    const fb = selfOf(a[0]);
    const s = textBytes(a[1]!);
    const [x, y] = [toIndex(a[2]!), toIndex(a[3]!)];
    fb.text(s, x, y, a.length > 4 ? toIndex(a[4]!) : 1);
  }],
};

/** A native function taking `min`..`max` positional arguments and no keywords. */
function between(name: string, min: number, max: number, f: (a: Value[]) => void | Value, isMethod: boolean): PyBuiltin {
  const b = new PyBuiltin(name, (a) => f(a) ?? null, isMethod);
  withArity(b, [min, max], []);
  return b;
}

for (const [name, [min, max, f]] of Object.entries(METHODS)) FRAMEBUFFER.dict.set(name, between(name, min, max, f, true));

/** FrameBuffer1(buf, w, h[, stride]): the old constructor, always MONO_VLSB. */
const FRAMEBUFFER1 = between(
  "FrameBuffer1",
  3,
  4,
  (a) => construct([a[0]!, a[1]!, a[2]!, FORMAT.MVLSB, a.length >= 4 ? a[3]! : a[1]!], null),
  false,
);

export function framebufNamespace(): Namespace {
  return ns("framebuf", {
    FrameBuffer: FRAMEBUFFER,
    FrameBuffer1: FRAMEBUFFER1,
    MVLSB: FORMAT.MVLSB,
    MONO_VLSB: FORMAT.MVLSB,
    RGB565: FORMAT.RGB565,
    GS2_HMSB: FORMAT.GS2_HMSB,
    GS4_HMSB: FORMAT.GS4_HMSB,
    GS8: FORMAT.GS8,
    MONO_HLSB: FORMAT.MHLSB,
    MONO_HMSB: FORMAT.MHMSB,
  });
}
