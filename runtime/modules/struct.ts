// The struct module (py/modstruct.c) over lib/struct.ts: pack, pack_into, unpack, unpack_from and
// calcsize, with the values converted explicitly (an int stays an int, a float a float).

import * as struct from "../lib/struct.js";
import { objectWord, wordObject } from "../objects/array.js";
import { refuseBeyondHeap } from "../memory/bounds.js";
import { addressSpace } from "./uctypes-memory.js";
import { PyTuple, type Namespace, type Value } from "../objects/value.js";
import { arg, bigArg, buf, bytes, float, int, intOut, jsFn, ns, num, str, strOrBuf, tuple } from "../objects/native.js";

/** A value for a field of type `code`: checked as pack converts it (py/binary.c mp_binary_set_val). */
function structIn(v: Value, code: string): struct.StructValue {
  if (code === "s") return strOrBuf(v);
  if (code === "O") return objectWord(v);
  if ("efd".includes(code)) return num(v);
  return bigArg(v);
}

/** The values to pack: the format is checked first, then each value as its field needs. */
function packValues(fmt: string, values: Value[]): struct.StructValue[] {
  const codes = struct.codesOf(struct.layout(fmt), values.length);
  return values.slice(0, codes.length).map((v, i) => structIn(v, codes[i]!));
}

function structOut(fmt: string, values: struct.StructValue[]): PyTuple {
  const codes = struct.codesOf(struct.layout(fmt), values.length);
  return tuple(
    values.map((v, i) => {
      const code = codes[i]!;
      if (v instanceof Uint8Array) return bytes(v);
      if ("efd".includes(code)) return float(Number(v));
      if (code === "O") return wordObject(Number(v));
      if (code === "S") return new TextDecoder().decode(addressSpace.cString(Number(v)));
      return intOut(v);
    }),
  );
}

/** unpack and unpack_from: the format is checked before the buffer (calc_size_items runs first). */
function unpack(a: Value[], offset: Value): PyTuple {
  const fmt = str(a[0]);
  // The result tuple (mp_obj_tuple_t: 8 bytes, then a word per item) is allocated before the buffer is looked at.
  refuseBeyondHeap(8 + 4 * struct.layout(fmt).items);
  return structOut(fmt, struct.unpackFrom(fmt, strOrBuf(a[1]!), offset === undefined ? 0 : int(offset)));
}

export function structNamespace(): Namespace {
  return ns("struct", {
    calcsize: jsFn("calcsize", (a) => struct.calcsize(str(a[0]))),
    pack: jsFn("pack", (a) => {
      // The output buffer (and its NUL) is allocated before any value is converted.
      refuseBeyondHeap(struct.layout(str(a[0])).size + 1);
      return bytes(struct.pack(str(a[0]), packValues(str(a[0]), a.slice(1))));
    }),
    pack_into: jsFn("pack_into", (a) => {
      const target = buf(a[1]);
      struct.packInto(str(a[0]), target, int(a[2]), packValues(str(a[0]), a.slice(3)));
      return null;
    }),
    unpack: jsFn("unpack", (a) => unpack(a, a[2])),
    unpack_from: jsFn("unpack_from", (a, kw) => unpack(a, arg(a, 2, kw, "offset"))),
  });
}
