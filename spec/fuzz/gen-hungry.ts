// Inputs that try to take the host down: crafted .mpy files (preludes claiming huge n_state or
// n_exc_stack, bytecode that pushes in a loop, deep nesting, then ordinary damage on top) and
// programs that ask for more than a 1 MiB board holds (big ints, repetition, struct counts, deep
// json, long text, file writes, unbounded growth, deep recursion).

import fc from "fast-check";
import { readMpy } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import type { CompiledModule, RawCode } from "../../bytecode/rawcode.js";
import { compile } from "../../compiler/index.js";
import { applyDamage, damage } from "./gen-mpy.js";

/** Sources the crafted files start from: loops, handlers, generators, nested functions and data. */
const SEEDS = [
  "x = 1\nwhile True:\n    x\n",
  "n = 0\nwhile n < 100000:\n    n += 1\n    n\nprint(n)\n",
  "def f(a, b=2):\n    for i in range(a):\n        try:\n            b += i\n        except Exception:\n            pass\n    return b\nprint(f(50))\n",
  "def g():\n    while True:\n        yield 1\nfor v in g():\n    v\n",
  "with open('f', 'w') as h:\n    for i in range(10):\n        h.write(str(i))\nprint(open('f').read())\n",
  "x = [[[[[[1]]]]]]\ny = {'a': (1, 2, [3, {4: 5}])}\nprint(x, y)\n",
];

const nested = (depth: number) => {
  let src = "";
  for (let i = 0; i < depth; i++) src += `${"    ".repeat(i)}def f${i}():\n`;
  return `${src}${"    ".repeat(depth)}return 1\nprint('nested')\n`;
};

/** The prelude signature (py/bc.h MP_BC_PRELUDE_SIG_ENCODE) with chosen counts. */
function encodeSig(p: { nState: number; nExc: number; flags: number; nPos: number; nKw: number; nDef: number }): number[] {
  const out: number[] = [];
  let S = p.nState - 1;
  let E = p.nExc;
  let F = p.flags & 0x0f;
  let A = p.nPos;
  let K = p.nKw;
  let D = p.nDef;
  let z = ((S & 0xf) << 3) | ((E & 1) << 2) | (A & 3);
  S = Math.floor(S / 16);
  E >>>= 1;
  A >>>= 2;
  while (S || E || F || A || K || D) {
    out.push(0x80 | z);
    z = ((F & 1) << 6) | ((S & 3) << 4) | ((K & 1) << 3) | ((A & 1) << 2) | ((E & 1) << 1) | (D & 1);
    S = Math.floor(S / 4);
    E >>>= 1;
    F >>>= 1;
    A >>>= 1;
    K >>>= 1;
    D >>>= 1;
  }
  out.push(z);
  return out;
}

type Craft =
  | { readonly how: "n_state"; readonly value: number; readonly which: number }
  | { readonly how: "n_exc"; readonly value: number; readonly which: number }
  | { readonly how: "small-state"; readonly which: number }
  | { readonly how: "push-loop" };

/** Every raw code of a module, depth first. */
function codes(rc: RawCode, out: RawCode[] = []): RawCode[] {
  out.push(rc);
  for (const c of rc.children) codes(c, out);
  return out;
}

function withData(rc: RawCode, target: RawCode, data: Uint8Array): RawCode {
  if (rc === target) return { ...rc, data };
  return { ...rc, children: rc.children.map((c) => withData(c, target, data)) };
}

/** Re-encodes one raw code's prelude signature: the counts the loader is told. */
function craft(m: CompiledModule, c: Craft): CompiledModule {
  if (c.how === "push-loop") {
    // The loop body's `x` then POP_TOP becomes `x` then DUP_TOP: one more slot each time round.
    const rc = m.root;
    const d = rc.data.slice();
    for (let i = 0; i + 2 < d.length; i++) if (d[i] === 0x11 && d[i + 2] === 0x59) d[i + 2] = 0x57;
    return { ...m, root: withData(rc, rc, d) };
  }
  const all = codes(m.root);
  const rc = all[c.which % all.length]!;
  let sigLen = 0;
  while (rc.data[sigLen]! & 0x80) sigLen++;
  sigLen++;
  const { decodePreludeCounts } = preludeOf(rc.data);
  const counts = { ...decodePreludeCounts };
  if (c.how === "n_state") counts.nState = c.value;
  else if (c.how === "n_exc") counts.nExc = c.value;
  else counts.nState = Math.max(1, counts.nPos + counts.nKw + 1);
  const data = Uint8Array.from([...encodeSig(counts), ...rc.data.subarray(sigLen)]);
  return { ...m, root: withData(m.root, rc, data) };
}

/** The counts of a prelude signature, decoded as py/bc.h does. */
function preludeOf(data: Uint8Array) {
  let i = 0;
  let z = data[i++]!;
  let S = (z >> 3) & 0xf;
  let E = (z >> 2) & 1;
  let F = 0;
  let A = z & 3;
  let K = 0;
  let D = 0;
  let n = 0;
  while (z & 0x80) {
    z = data[i++]!;
    F |= ((z >> 6) & 1) << n;
    S += ((z >> 4) & 3) * 16 * 4 ** n;
    K |= ((z >> 3) & 1) << n;
    A |= ((z >> 2) & 1) << (n + 2);
    E |= ((z >> 1) & 1) << (n + 1);
    D |= (z & 1) << n;
    n++;
  }
  return { decodePreludeCounts: { nState: S + 1, nExc: E, flags: F, nPos: A, nKw: K, nDef: D } };
}

const crafts: fc.Arbitrary<Craft> = fc.oneof(
  fc.record({ how: fc.constant("n_state" as const), value: fc.constantFrom(1, 2, 300, 1 << 16, 1 << 22, 1 << 26, 2 ** 31 - 1), which: fc.nat(8) }),
  fc.record({ how: fc.constant("n_exc" as const), value: fc.constantFrom(0, 1 << 20, 2 ** 31 - 1), which: fc.nat(8) }),
  fc.record({ how: fc.constant("small-state" as const), which: fc.nat(8) }),
  fc.constant({ how: "push-loop" as const }),
);

const seedSource = fc.oneof(fc.constantFrom(...SEEDS), fc.integer({ min: 1, max: 60 }).map(nested));

/** Each seed compiled once per thread (there are 66): crafting copies what it changes, never mutating a module. */
const seedModules = new Map<string, CompiledModule>();
function seedModule(src: string): CompiledModule {
  let m = seedModules.get(src);
  if (!m) {
    const r = compile(src, { sourceName: "prog.py" });
    if (!r.ok) throw new Error(`seed does not compile: ${r.error.message}`);
    m = readMpy(r.mpy);
    seedModules.set(src, m);
  }
  return m;
}

/** A crafted .mpy: a seed compiled, one or two counts or instructions changed, maybe damaged further. */
export const craftedMpy: fc.Arbitrary<Uint8Array> = fc
  .tuple(seedSource, fc.array(crafts, { minLength: 1, maxLength: 2 }), fc.array(damage, { maxLength: 2 }))
  .map(([src, cs, ds]) => {
    let m = seedModule(src);
    for (const c of cs) m = craft(m, c);
    let bytes = writeMpy(m);
    for (const d of ds) bytes = applyDamage(bytes, d);
    return bytes;
  });

/** One request a 1 MiB board cannot grant (or only just), with N from the arbitrary. */
const HUNGRY: readonly ((n: number) => string)[] = [
  (n) => `x = 1 << ${n}`,
  (n) => `x = 2 ** ${n}`,
  (n) => `x = 7 ** ${n} % 1000`,
  (n) => `x = (1 << ${n % 100000}) * (1 << ${n % 70000})`,
  (n) => `x = b'ab' * ${n}`,
  (n) => `x = (1,) * ${n}`,
  (n) => `x = [0] * ${n}`,
  (n) => `x = 'xy' * ${n}`,
  (n) => `x = bytearray(${n})`,
  (n) => `import struct\nx = struct.calcsize('${n}i'), struct.unpack('${n}i', b'')`,
  (n) => `import struct\nx = struct.pack('${n}d')`,
  (n) => `import json\nx = json.loads('[' * ${n} + ']' * ${n})`,
  (n) => `import json\nx = json.dumps(list(range(${n})))`,
  (n) => `x = int('7' * ${n})`,
  (n) => `x = str(3 ** ${n})`,
  (n) => `x = b'abc' * ${Math.min(n, 400000)}\ny = x.upper(), x.split(b'b'), x.hex(), x.replace(b'a', b'zz')`,
  (n) => `def f(*a): return len(a)\nx = f(*range(${n}))`,
  (n) => `l = []\nfor i in range(${n}):\n    l.append(i)`,
  (n) => `s = 'x'\nfor i in range(${n}):\n    s += s`,
  (n) => `d = {}\nfor i in range(${n}):\n    d[i] = str(i)`,
  (n) => `a = []\nfor i in range(${n}):\n    a = [a]\nx = repr(a)`,
  (n) => `def r(k):\n    return r(k + 1) if k < ${n} else k\nx = r(0)`,
  (n) => `f = open('big', 'wb')\nfor i in range(${n}):\n    f.write(b'x' * 4096)\nf.close()`,
  (n) => `import os\nfor i in range(${n}):\n    os.mkdir('d%d' % i)`,
  (n) => `x = list(range(10))\nx[2:3] = range(${n})`,
  // A key that scrambles the order: MicroPython's quicksort (last item as pivot) is quadratic on
  // reversed input, as the device itself would be; that is slow, not hungry.
  (n) => `x = sorted(range(${n}), key=lambda v: v * 7919 % 100003)`,
  (n) => `x = '%s' * ${n % 100000} % tuple(range(${n % 100000}))`,
  (n) => `x = bytes(range(256)) * ${n % 100000}\ny = x.decode('latin-1') if False else x.count(b'a')`,
];

const sizes = fc.oneof(fc.constantFrom(10, 1000, 100000, 10 ** 6, 10 ** 7, 10 ** 8, 10 ** 9, 2 ** 31, 2 ** 40), fc.integer({ min: 0, max: 5_000_000 }));

/** A program of one to three hungry requests, each caught and named, so later ones run too. */
export const hungryProgram: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.nat(HUNGRY.length - 1), sizes), { minLength: 1, maxLength: 3 })
  .map((parts) =>
    parts
      .map(([k, n]) => {
        const body = HUNGRY[k]!(n)
          .split("\n")
          .map((l) => `    ${l}`)
          .join("\n");
        return `try:\n${body}\n    print('ok')\nexcept (MemoryError, RuntimeError, OverflowError, OSError, ValueError) as e:\n    print(type(e).__name__)\nx = y = a = l = s = d = f = None\n`;
      })
      .join(""),
  );
