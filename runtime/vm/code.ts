// Code objects, bytecode functions and frames, and argument binding (py/bc.c mp_setup_code_state,
// py/objfun.c): a frame keeps MicroPython's layout, one state array with local i at
// state[nState - 1 - i] and the value stack growing up from state[0].

import { decodePrelude, lineOfOffset, type Prelude } from "../../bytecode/prelude.js";
import { charge, mem, own } from "../memory/charge.js";
import { HeapExhausted } from "../memory/heap.js";
import { SIZES } from "../memory/sizes.js";
import type { ConstObject, RawCode } from "../../bytecode/rawcode.js";
import { memoryError, typeError, valueError } from "../objects/exceptions.js";
import { HashTable, PyDict } from "../objects/hashtable.js";
import { CLOSURE, ELLIPSIS, EMPTY_TUPLE, FUNCTION, PyBytes, PyCell, PyComplex, PyException, PyFloat, PyTuple, PyType, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { PyFunction } from "../objects/value.js";
import { callFunction } from "./interp.js";
import { refuseBeyondHeap } from "../memory/bounds.js";

/** What every function of one loaded module shares (mp_module_context_t). */
export interface ModuleContext {
  readonly name: string;
  readonly fileName: string;
  readonly qstrs: readonly string[];
  readonly consts: readonly Value[];
  readonly globals: Namespace;
  /** Run in place from ROM: the bytecode was not copied to the heap. */
  readonly inPlace?: boolean;
}

/** States up to this many slots are copied from Code.blankState; a larger one is made when a frame needs it. */
const BLANK_STATE_MAX = 256;

export class Code {
  readonly prelude: Prelude;
  readonly name: string;
  readonly argNames: string[];
  /** n_state empty slots, copied for each frame: a packed array copies faster than one is made and filled. */
  readonly blankState: Value[] = [];
  /** The heap a call's code state would take (SIZES.generator of the prelude), worked out once. */
  readonly stateBytes: number;
  private kids: (Code | undefined)[];
  constructor(
    readonly raw: RawCode,
    readonly ctx: ModuleContext,
  ) {
    const p = decodePrelude(raw.data);
    if (!p) throw valueError("incompatible .mpy file");
    this.prelude = p;
    this.name = ctx.qstrs[p.nameQstr] ?? "?";
    this.argNames = p.argQstrs.map((q) => ctx.qstrs[q] ?? "?");
    this.kids = new Array(raw.children.length);
    this.stateBytes = SIZES.generator(p.nState, p.nExcStack);
    // Not for a huge n_state (a damaged .mpy may claim any): such a frame is refused, or made as it is needed.
    if (p.nState <= BLANK_STATE_MAX) for (let i = 0; i < p.nState; i++) this.blankState.push(undefined);
  }
  child(i: number): Code {
    return (this.kids[i] ??= new Code(this.raw.children[i]!, this.ctx));
  }
  lineOf(offset: number): number {
    return lineOfOffset(this.raw.data, this.prelude, offset);
  }
}

export function constValue(c: ConstObject): Value {
  switch (c.kind) {
    case "none":
      return null;
    case "false":
      return false;
    case "true":
      return true;
    case "ellipsis":
      return ELLIPSIS;
    case "str":
      return c.value;
    case "bytes":
      return new PyBytes(c.value);
    case "int":
      return c.value >= -9007199254740991n && c.value <= 9007199254740991n ? Number(c.value) : c.value;
    case "float":
      return new PyFloat(c.value);
    case "complex":
      return new PyComplex(c.real, c.imag);
    case "tuple":
      return new PyTuple(c.items.map(constValue));
  }
}

/** A function object of bytecode (mp_obj_fun_bc_t); calling it runs a new frame, or makes a generator. */
export class BytecodeFunction extends PyFunction {
  constructor(
    readonly code: Code,
    readonly defaults: Value[],
    readonly kwDefaults: PyDict | null,
    readonly closure: PyCell[] | null,
  ) {
    super();
    // mp_obj_fun_bc_t keeps its block through collections while reached; a closure's wrapper is anonymous.
    own(this, SIZES.function(defaults.length + (kwDefaults ? 1 : 0)));
    if (closure) charge(SIZES.closure(closure.length));
  }
  get type(): PyType {
    return this.closure ? CLOSURE : FUNCTION;
  }
  get name(): string {
    return this.code.name;
  }
  get globals(): Namespace {
    return this.code.ctx.globals;
  }
  call(args: Value[], kw: KwArgs | null): Value {
    return callFunction(this, args, kw);
  }
}

interface Handler {
  handler: number;
  sp: number;
  isFinally: boolean;
  prevExc: PyException | null;
}

export class Frame {
  readonly state: Value[];
  sp = -1;
  ip: number;
  readonly exc: Handler[] = [];
  /** LOAD_NAME/STORE_NAME namespace: the class namespace in a class body, else the globals. */
  locals: Namespace;
  /** What is thrown into a generator on resume (an exception, a class, or anything: raised as given). */
  inject: Value = null;
  parent: Frame | null = null;
  /** Called by a CALL opcode of a bytecode frame with no native code between: a run in slices may pause it. */
  direct = false;
  constructor(
    readonly fn: BytecodeFunction,
    readonly code: Code,
  ) {
    const n = code.prelude.nState;
    // mp_code_state_t's header, the state words and the exception stack: an absurd prelude is
    // MemoryError before the host allocates anything.
    refuseBeyondHeap(28 + 4 * n + 12 * code.prelude.nExcStack);
    this.state = n <= BLANK_STATE_MAX ? code.blankState.slice() : new Array<Value>(n).fill(undefined);
    this.ip = code.prelude.codeStart;
    this.locals = code.ctx.globals;
  }
}

/** Bytecode that uses more than its prelude declares: only a damaged or crafted .mpy does this. */
export class InvalidBytecode extends Error {
  override name = "InvalidBytecode";
}

/**
 * Checks that a frame kept within its prelude: a value stack that grew past n_state (the state array
 * got longer) or more exception handlers than n_exc_stack. MicroPython trusts the prelude and would
 * overwrite memory; here the run stops as an internal error. Called by the interpreter at every
 * backward jump whose frame went past its prelude, so a loop that pushes without bound is caught
 * within one iteration; a stretch without a backward jump can push no more than its own length. A
 * stack popped below its bottom stops the run the same way.
 */
export function checkFrameBounds(f: Frame, sp: number): void {
  const p = f.code.prelude;
  // Popping below the stack's bottom (-1: empty) would then read and write outside the state, as
  // negative indices a loop could pile up without end.
  if (sp < -1) throw new InvalidBytecode(`value stack underflows in '${f.code.name}'`);
  if (f.state.length > p.nState) throw new InvalidBytecode(`value stack overflows the prelude's n_state (${p.nState}) in '${f.code.name}'`);
  if (f.exc.length > p.nExcStack) throw new InvalidBytecode(`exception handlers overflow the prelude's n_exc_stack (${p.nExcStack}) in '${f.code.name}'`);
}

function posMismatch(expected: number, given: number): PyException {
  return typeError(`function takes ${expected} positional arguments but ${given} were given`);
}

export function setupFrame(fn: BytecodeFunction, args: Value[], kw: KwArgs | null): Frame {
  const code = fn.code;
  const p = code.prelude;
  // mp_obj_fun_bc_call puts a large code state on the heap (freed on return): one the whole heap
  // cannot hold is a MemoryError there, never a host array of that size (a .mpy may claim any n_state).
  const stateBytes = code.stateBytes;
  if (stateBytes > mem.heap.limit) throw memoryError(new HeapExhausted(stateBytes, false));
  const f = new Frame(fn, code);
  const s = f.state;
  const top = p.nState - 1;
  const nPos = p.nPosArgs;
  const nKwonly = p.nKwonlyArgs;
  const flags = p.scopeFlags;
  let nArgs = args.length;
  const nKw = kw ? kw.length : 0;
  let varSlot = top - nPos - nKwonly;
  if (nArgs > nPos) {
    if (!(flags & 0x04)) throw posMismatch(nPos, nArgs);
    s[varSlot--] = new PyTuple(args.slice(nPos));
    nArgs = nPos;
  } else {
    if (flags & 0x04) s[varSlot--] = EMPTY_TUPLE;
    if (nKw === 0 && !(flags & 0x08)) {
      const nReq = nPos - p.nDefPosArgs;
      if (nArgs >= nReq) {
        for (let i = nArgs; i < nPos; i++) s[top - i] = fn.defaults[i - nReq];
      } else throw posMismatch(nReq, nArgs);
    }
  }
  for (let i = 0; i < nArgs; i++) s[top - i] = args[i];
  if (nKw !== 0 || flags & 0x08) {
    let dict: PyDict | null = null;
    if (flags & 0x02) {
      dict = new PyDict(new HashTable(nKw));
      s[varSlot] = dict;
    }
    for (let i = 0; i < nKw; i++) {
      const [name, value] = kw![i]!;
      let j = code.argNames.indexOf(name);
      if (j >= nPos + nKwonly) j = -1;
      if (j >= 0) {
        if (s[top - j] !== undefined) throw typeError(`function got multiple values for argument '${name}'`);
        s[top - j] = value;
        continue;
      }
      if (!dict) throw typeError(`unexpected keyword argument '${name}'`);
      if (!dict.table.set(name, value)) throw typeError(`function got multiple values for argument '${name}'`);
    }
    // Positional defaults fill the gaps.
    const nDef = p.nDefPosArgs;
    for (let i = 0; i < nDef; i++) {
      const slot = top - (nPos - nDef + i);
      if (s[slot] === undefined) s[slot] = fn.defaults[i];
    }
    for (let i = 0; i < nPos; i++) {
      if (s[top - i] === undefined) throw typeError(`function missing required positional argument #${i + 1}`);
    }
    for (let i = 0; i < nKwonly; i++) {
      const slot = top - nPos - i;
      if (s[slot] === undefined) {
        const name = code.argNames[nPos + i]!;
        const v = fn.kwDefaults?.table.get(name);
        if (v === undefined) throw typeError(`function missing required keyword argument '${name}'`);
        s[slot] = v;
      }
    }
  } else {
    if (nKwonly !== 0) throw typeError("function missing keyword-only argument");
    if (flags & 0x02) s[varSlot] = new PyDict();
  }
  for (const local of p.cells) s[top - local] = new PyCell(s[top - local]);
  return f;
}
