// Allocation probes: a Python expression (run after `n = 1` and `s = 'a'`, so nothing folds into a
// constant), and the bytes our size table predicts it allocates, temporaries included, on a
// 32-bit MicroPython v1.27.0 heap. measured.json holds what the real VM reported for each.

import { hashAllocAfterInserts, listAllocAfterAppends, SIZES } from "../../../runtime/memory/sizes.js";

export interface Probe {
  /** An expression, or with `statement` a block run as it is. */
  readonly expr: string;
  readonly predict: number;
  readonly statement?: boolean;
}

// A class statement: its body function, the locals dict (__module__, __qualname__ and the names the
// body defines), the bases tuple when there are bases, the type object, one function per method.
const classCost = (names: number, methods: number, bases: number) =>
  SIZES.function() + SIZES.dict(hashAllocAfterInserts(2 + names)) + (bases ? SIZES.tuple(bases) : 0) + SIZES.classType(bases > 0) +
  methods * SIZES.function();

const rangeIter = SIZES.range() + SIZES.iterator();

export const PROBES: readonly Probe[] = [
  { expr: "n+0", predict: 0 },
  { expr: "n+0.5", predict: SIZES.float() },
  { expr: "n*1j", predict: SIZES.complex() },
  // The small int first becomes an mpz (2 digits), then the result gets len+shift+1 digits.
  { expr: "n<<31", predict: SIZES.bigint(4) + SIZES.bigint(3) },
  { expr: "n<<100", predict: SIZES.bigint(4) + SIZES.bigint(8) },
  { expr: "n<<200", predict: SIZES.bigint(4) + SIZES.bigint(14) },
  // BIG = 1<<100 has 7 digits, MID = 1<<40 has 3: addition needs one digit more than the longer
  // operand, multiplication the sum of both lengths (py/mpz.c mpz_need_dig calls).
  { expr: "BIG+n", predict: SIZES.bigint(8) },
  { expr: "BIG*BIG", predict: SIZES.bigint(14) },
  { expr: "MID*MID", predict: SIZES.bigint(6) },
  { expr: "-BIG", predict: SIZES.bigint(7) },
  { expr: "float(BIG)", predict: SIZES.float() },
  { expr: "n*1000000000", predict: 0 },
  { expr: "s*2", predict: SIZES.str(2) },
  { expr: "s*15", predict: SIZES.str(15) },
  { expr: "s*16", predict: SIZES.str(16) },
  { expr: "s*40", predict: SIZES.str(40) },
  { expr: "s+'bc'", predict: SIZES.str(3) },
  { expr: "str(12345)", predict: SIZES.str(5) },
  { expr: "bytes(10)", predict: SIZES.bytes(10) },
  { expr: "bytearray(10)", predict: SIZES.bytearray(10) },
  { expr: "bytearray(40)", predict: SIZES.bytearray(40) },
  { expr: "[]", predict: SIZES.list(0) },
  { expr: "[n]", predict: SIZES.list(1) },
  { expr: "[n,n,n,n,n]", predict: SIZES.list(5) },
  { expr: "[n,n,n,n,n,n,n,n,n]", predict: SIZES.list(9) },
  { expr: "[i for i in range(100)]", predict: SIZES.list(listAllocAfterAppends(100)) + rangeIter },
  { expr: "list(range(10))", predict: SIZES.list(listAllocAfterAppends(10)) + rangeIter },
  { expr: "(n,n)", predict: SIZES.tuple(2) },
  { expr: "(n,n,n,n,n)", predict: SIZES.tuple(5) },
  { expr: "{}", predict: SIZES.dict(0) },
  { expr: "{n:n}", predict: SIZES.dict(1) },
  { expr: "{n:n,2:n,3:n}", predict: SIZES.dict(3) },
  { expr: "{n:n,2:n,3:n,4:n,5:n}", predict: SIZES.dict(5) },
  { expr: "{i:i for i in range(5)}", predict: SIZES.dict(hashAllocAfterInserts(5)) + rangeIter },
  { expr: "{i:i for i in range(9)}", predict: SIZES.dict(hashAllocAfterInserts(9)) + rangeIter },
  { expr: "{i:i for i in range(20)}", predict: SIZES.dict(hashAllocAfterInserts(20)) + rangeIter },
  { expr: "set()", predict: SIZES.set(0) },
  { expr: "{n}", predict: SIZES.set(1) },
  { expr: "{n,2,3,4,5}", predict: SIZES.set(5) },
  { expr: "object()", predict: SIZES.object() },
  { expr: "lambda:0", predict: SIZES.function() },
  { expr: "range(5)", predict: SIZES.range() },
  { expr: "iter([])", predict: SIZES.list(0) + SIZES.iterator() },
  { expr: "C()", predict: SIZES.instance(0) },
  { expr: "D()", predict: SIZES.instance(2) },
  { expr: "C().m", predict: SIZES.instance(0) + SIZES.boundMethod() },
  // Calling a generator function: n_state of g is 1 (stack only), of g3 5 (p, q, r + 2 stack).
  { expr: "g()", predict: SIZES.generator(1) },
  { expr: "g3(1,2)", predict: SIZES.generator(5) },
  // A generator expression: its function, the tuple iterator, and a frame of 9 slots (the .0
  // argument, i, and a stack holding a 4-slot iteration buffer).
  { expr: "(i for i in ())", predict: SIZES.function() + SIZES.iterator() + SIZES.generator(9) },
  // MAKE_CLOSURE builds the function, then the closure around it; each captured name is a cell.
  { expr: "mk()", predict: SIZES.cell() + SIZES.function() + SIZES.closure(1) },
  { expr: "mk2()", predict: 2 * SIZES.cell() + SIZES.function() + SIZES.closure(2) },
  // Default arguments: the tuple built first, then a function holding it as an extra argument.
  { expr: "(lambda a=n: a)", predict: SIZES.tuple(1) + SIZES.function(1) },
  { expr: "class E:\n    pass", predict: classCost(0, 0, 0), statement: true },
  { expr: "class E:\n    def m(self): pass", predict: classCost(1, 1, 0), statement: true },
  { expr: "class E:\n    def m(self): pass\n    def k(self): pass\n    z = 1", predict: classCost(3, 2, 0), statement: true },
  { expr: "class E(Exception):\n    pass", predict: classCost(0, 0, 1), statement: true },
  // Consumers that call mp_getiter(obj, NULL) put the iterator on the heap, even a tuple's.
  { expr: "list((n,n))", predict: SIZES.tuple(2) + SIZES.iterator() + SIZES.list(listAllocAfterAppends(2)) },
  { expr: "tuple([n])", predict: SIZES.list(1) + SIZES.iterator() + SIZES.tuple(1) },
  { expr: "sorted((n,n))", predict: SIZES.tuple(2) + SIZES.iterator() + SIZES.list(listAllocAfterAppends(2)) },
  { expr: "bytearray([n])", predict: SIZES.list(1) + SIZES.iterator() + SIZES.bytearray(1) },
  { expr: "[].extend((n,))", predict: SIZES.list(0) + SIZES.tuple(1) + SIZES.iterator() },
  // dict(pairs): an iterator over the pairs, and one over each pair.
  { expr: "dict([(n,n)])", predict: SIZES.tuple(2) + SIZES.list(1) + 2 * SIZES.iterator() + SIZES.dict(hashAllocAfterInserts(1)) },
  // An instance of a class deriving from a native type has a slot for its native part (two blocks).
  { expr: "LL()", predict: SIZES.instance(0, 1) + SIZES.list(0) },
  { expr: "DD()", predict: SIZES.instance(0, 1) + SIZES.dict(0) },
  { expr: "LS(n)", predict: SIZES.instance(0, 1) + SIZES.list(0) + SIZES.super() },
  { expr: "collections.deque((), n*5)", predict: SIZES.deque(5) },
  { expr: "collections.deque((), n*20)", predict: SIZES.deque(20) },
];

/** Definitions the probes use, run once before them. */
export const PROBE_SETUP = [
  "import gc, collections",
  "x = None",
  "a = 0",
  "b = 0",
  "n = 1",
  "s = 'a'",
  "BIG = n << 100",
  "MID = n << 40",
  "def g():",
  "    yield 1",
  "def g3(p, q):",
  "    r = p + q",
  "    yield r",
  "def mk():",
  "    v = 1",
  "    return lambda: v",
  "def mk2():",
  "    v = 1; w = 2",
  "    return lambda: v + w",
  "class C:",
  "    def m(self): pass",
  "class D:",
  "    def __init__(self):",
  "        self.a = 1",
  "        self.b = 2",
  "class LL(list):",
  "    pass",
  "class DD(dict):",
  "    pass",
  "class LS(list):",
  "    def __init__(self, v):",
  "        s = super()",
  "        s.__init__()",
].join("\n");

/** The statement block measuring one probe; prints the bytes it allocated. */
export function probeSource(expr: string, statement = false): string {
  const run = statement ? expr : `x = ${expr}`;
  return `x = None\nE = None\ngc.collect()\na = gc.mem_alloc()\n${run}\nb = gc.mem_alloc()\nprint(b - a)`;
}
