// Each object's allocations (runtime/memory/layouts.ts) against the device: the object is made on
// the fixed-heap WebAssembly VM by one call and kept, and the model, started from the VM's table
// before the call, makes the same allocations (and frees the call's temporaries, as the collection
// after the call does): the tables must be equal block for block.

import { describe, expect, it } from "vitest";
import { type BlockHeap } from "../../runtime/memory/blocks.js";
import { type RawCode } from "../../bytecode/rawcode.js";
import { decodePrelude } from "../../bytecode/prelude.js";
import { compileToModule } from "../../compiler/index.js";
import { mDel, mNew, mRenew, Vstr } from "../../runtime/memory/growth.js";
import { LAYOUT } from "../../runtime/memory/layouts.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { heapFromDump, modelCells, normalise, tableCells } from "./atb.js";

const SETUP = `from collections import deque
import json
S1 = 'hello world ' * 2
S2 = 'abcdefghij' * 3
S3 = 'aa bb cc dd ee'
BL = [b'xyz'] * 5
DL = [1, 2, 3]
LL = list(range(12))
D1 = {'a': 1, 'b': 2, 'c': 3}
K = [None] * 64
B = bytearray(8)
class C:
    pass
class D:
    def __init__(self, v):
        self.a = v
        self.b = v
        self.c = v
    def meth(self):
        pass
O = D(1)
def mkc(v):
    def inner():
        return v
    return inner
def g(n):
    for i in range(n):
        yield i
`;

/** n_state and n_exc_stack of the code named `name` in the module the device runs (same compiler). */
function frameOf(name: string): { nState: number; nExcStack: number } {
  const m = compileToModule(SOURCE);
  const find = (r: RawCode): RawCode | undefined => {
    const p = decodePrelude(r.data);
    if (p && m.qstrs[p.nameQstr] === name) return r;
    for (const c of r.children) {
      const f = find(c);
      if (f) return f;
    }
    return undefined;
  };
  const p = decodePrelude(find(m.root as RawCode)!.data)!;
  return { nState: p.nState, nExcStack: p.nExcStack };
}

/** Python expression (x is 10), and what it allocates in the model; temporaries are freed after. */
const CASES: [string, string, (h: BlockHeap) => number[] | void][] = [
  ["float", "float(x)", (h) => void LAYOUT.float(h)],
  ["tuple", "(x, x, x)", (h) => void LAYOUT.tuple(h, 3)],
  ["list", "[x, x, x]", (h) => void LAYOUT.list(h, 3)],
  ["empty dict", "{}", (h) => void LAYOUT.dict(h)],
  ["dict display", "{'a': x}", (h) => void LAYOUT.dict(h, 1).storage.add()],
  ["set display", "{x}", (h) => void LAYOUT.set(h, 1).storage.add()],
  ["instance", "C()", (h) => void LAYOUT.instance(h)],
  [
    "instance with three attributes",
    "D(x)",
    (h) => {
      const members = LAYOUT.instance(h).storage;
      const args = LAYOUT.initArgs(h, 1)!; // (self, v) for __init__
      for (let i = 0; i < 3; i++) members.add(); // 2 slots, then 4 (allocated before the 2 are freed)
      h.free(args); // m_del when __init__ returns
    },
  ],
  ["bytearray", "bytearray(x)", (h) => void LAYOUT.bytearray(h, 10)],
  ["memoryview", "memoryview(B)", (h) => void LAYOUT.memoryview(h)],
  ["str * n", "'ab' * x", (h) => void LAYOUT.strFromVstr(h, 20)],
  ["bytes(n)", "bytes(x)", (h) => void LAYOUT.strFromVstr(h, 10)],
  ["str % n", "'%d' % (x * 1000)", (h) => void LAYOUT.strFromVstr(h, 5)],
  ["exception", "ValueError(x)", (h) => void LAYOUT.exception(h, 1)],
  [
    "closure",
    "mkc(x)",
    (h) => {
      LAYOUT.cell(h); // the captured argument, made a cell on entry
      LAYOUT.function(h); // the inner function
      LAYOUT.closure(h, 1);
    },
  ],
  ["bound method", "O.meth", (h) => void LAYOUT.boundMethod(h)],
  ["range", "range(x)", (h) => void LAYOUT.range(h)],
  ["deque", "deque((), 8)", (h) => void LAYOUT.deque(h, 8)],
  [
    "generator",
    "g(x)",
    (h) => {
      const f = frameOf("g");
      LAYOUT.generator(h, f.nState, f.nExcStack);
    },
  ],
  [
    "generator expression",
    "(i for i in LL)",
    (h) => {
      LAYOUT.function(h); // kept: the generator holds its function
      LAYOUT.iterator(h); // kept: the generator's argument
      const f = frameOf("<genexpr>");
      LAYOUT.generator(h, f.nState, f.nExcStack);
    },
  ],
  ["enumerate", "enumerate(LL)", (h) => void LAYOUT.enumerate(h)],
  ["zip", "zip(LL, LL)", (h) => void LAYOUT.zip(h, 2)],
  ["map", "map(abs, LL)", (h) => void LAYOUT.map(h, 1)],
  ["filter", "filter(None, LL)", (h) => void LAYOUT.filter(h)],
  ["reversed", "reversed(LL)", (h) => void LAYOUT.reversed(h)],
  ["iter", "iter(LL)", (h) => void LAYOUT.iterator(h)],
  [
    "list(range(n))",
    "list(range(x))",
    (h) => {
      const r = LAYOUT.range(h); // the argument
      const items = LAYOUT.list(h, 0).storage;
      const it = LAYOUT.iterator(h);
      items.extendFromIter(10);
      return [...r.heads, ...it.heads];
    },
  ],
  [
    "tuple(list)",
    "tuple(LL)",
    (h) => {
      // A buffer of 4 slots doubled as needed, copied into the tuple, then freed (py/objtuple.c).
      let buf = mNew(h, 16);
      const it = LAYOUT.iterator(h);
      for (let alloc = 4; alloc < 12; alloc *= 2) buf = mRenew(h, buf, 4 * alloc * 2);
      LAYOUT.tuple(h, 12);
      mDel(h, buf);
      return [...it.heads];
    },
  ],
  [
    "set(list)",
    "set(LL)",
    (h) => {
      const table = LAYOUT.set(h).storage;
      const it = LAYOUT.iterator(h);
      for (let i = 0; i < 12; i++) table.add();
      return [...it.heads];
    },
  ],
  [
    "dict(dict)",
    "dict(D1)",
    (h) => {
      const table = LAYOUT.dict(h).storage;
      for (let i = 0; i < 3; i++) table.add();
    },
  ],
  [
    "slice with a step",
    "LL[::2]",
    (h) => {
      const s = LAYOUT.slice(h);
      const items = LAYOUT.list(h, 0).storage; // mp_seq_extract_slice appends
      items.extendFromIter(6);
      return [...s.heads];
    },
  ],
  [
    "% formatting",
    "'%s-%s' % (S1, S1)",
    (h) => {
      const args = LAYOUT.tuple(h, 2);
      const v = new Vstr(h, 16);
      v.add(24);
      v.add(1);
      v.add(24);
      v.finish();
      return [...args.heads];
    },
  ],
  [
    "str(float)",
    "str(x / 4)",
    (h) => {
      const f = LAYOUT.float(h); // 2.5, the argument
      const v = new Vstr(h, 16);
      v.add(3);
      v.finish();
      return [...f.heads];
    },
  ],
  [
    "list * n",
    "[x] * 20",
    (h) => {
      const temp = LAYOUT.list(h, 1); // the one-item operand: garbage after the call
      LAYOUT.list(h, 20);
      return [...temp.heads];
    },
  ],
  ["str + str", "S1 + S2", (h) => void LAYOUT.strFromVstr(h, 54)],
  ["str.upper", "S1.upper()", (h) => void LAYOUT.strFromVstr(h, 24)],
  [
    "str(int)",
    "str(x * 12345)",
    (h) => {
      const v = new Vstr(h, 16); // vstr_init_print(16), trimmed to the 7 bytes of "123450"
      v.add(6);
      v.finish();
    },
  ],
  ["bytes.join", "b''.join(BL)", (h) => void LAYOUT.strFromVstr(h, 15)],
  [
    "json.dumps",
    "json.dumps(DL)",
    (h) => {
      const v = new Vstr(h, 8); // "[1, 2, 3]": 8 fit, the ninth byte grows it to ROUND_ALLOC(9 + 16)
      v.add(8);
      v.add(1);
      v.finish();
    },
  ],
  [
    "str.split",
    "S3.split()",
    (h) => {
      const items = LAYOUT.list(h, 0).storage;
      for (let i = 0; i < 5; i++) {
        LAYOUT.strCopy(h, 2); // no qstr has the word's text
        items.append();
      }
    },
  ],
  [
    "big int",
    "x << 100",
    (h) => {
      const lhs = LAYOUT.bigint(h, 4); // the small int that overflows, made an mpz (room for a long long)
      LAYOUT.bigint(h, 8); // 10 << 100: 1 + 6 + 1 digits
      return [...lhs.heads];
    },
  ],
  [
    "slice",
    "LL[2:9]",
    (h) => {
      const s = LAYOUT.slice(h);
      LAYOUT.list(h, 7);
      return [...s.heads];
    },
  ],
  [
    "sorted",
    "sorted(LL)",
    (h) => {
      const items = LAYOUT.list(h, 0).storage;
      const it = LAYOUT.iterator(h);
      items.extendFromIter(12);
      return [...it.heads];
    },
  ],
  [
    "list comprehension",
    "[i for i in LL]",
    (h) => {
      // The comprehension's function; it gets the list itself and iterates on its stack (only a
      // generator expression is handed a heap iterator, py/compile.c compile_comprehension).
      const fn = LAYOUT.function(h);
      const items = LAYOUT.list(h, 0).storage;
      for (let i = 0; i < 12; i++) items.append();
      return [...fn.heads];
    },
  ],
  [
    "dict comprehension",
    "{i: i for i in LL}",
    (h) => {
      const fn = LAYOUT.function(h);
      const table = LAYOUT.dict(h).storage;
      for (let i = 0; i < 12; i++) table.add();
      return [...fn.heads];
    },
  ],
];

const SOURCE = SETUP + CASES.map(([, e], i) => `def mk${i}(x):\n    K[${i}] = ${e}\n`).join("");

describe("object layouts against the device's allocation table", () => {
  const src = SOURCE;
  CASES.forEach(([name, , model], i) => {
    it(name, async () => {
      const HEAP = 64 * 1024;
      const o = await MemoryOracle.load({ heapsize: HEAP, fixed: true });
      expect(o.run(src).error).toBeNull();
      const [mk] = o.functions("__main__", [`mk${i}`]);
      const [memInfo] = o.functions("micropython", ["mem_info"]);
      o.collect();
      const heap = heapFromDump(HEAP, o.call(memInfo!, 1).output);
      expect(o.call(mk!, 10).error).toBeNull();
      o.collect();
      const temps = model(heap) ?? [];
      for (const t of temps) heap.free(t);
      expect(modelCells(heap)).toBe(normalise(tableCells(o.call(memInfo!, 1).output, heap.blocks)));
    });
  });
});
