// The bytecode interpreter (py/vm.c): the dispatch loop over a frame (vm/code.ts), with the call
// of a bytecode function and CALL_*_VAR_KW's argument unpacking, and the unwind rules of vm.c for
// the exception-handler stack of (handler, sp, finally?, caught exception) entries. The opcode
// tables it switches on are in dispatch.ts; generators resume it through generator.ts.

import { importAll, importFrom, importName } from "./imports.js";
import { PyArray } from "../objects/array.js";
import { runPending, sched } from "./scheduler.js";
import { uncharged } from "../memory/charge.js";
import { ATTRIBUTE_ERROR, GENERATOR_EXIT, isExceptionType, addTracebackEntry, NAME_ERROR, pyErr, qstrName, RUNTIME_ERROR, STOP_ITERATION, typeError, valueError } from "../objects/exceptions.js";
import { HashTable, PyDict, PySet } from "../objects/hashtable.js";
import { getIter, iterNext, PyIterator, toArray } from "../objects/iter.js";
import { binaryOp, binaryOpByIndex, truthy, unaryOp, unaryOpByIndex } from "../objects/ops.js";
import { typeName } from "../objects/repr.js";
import { delSubscr, storeSubscr, subscr } from "../objects/subscr.js";
import { PyBoundMethod, PyBytes, PyByteArray, PyCell, PyException, PyFloat, PyInstance, PyList, PyMemoryView, PyProperty, PyRange, PySlice, PySuper, PyTuple, PyType, typeOf, type KwArgs, type Value } from "../objects/value.js";
import { BIN_ADD, BIN_EQUAL, BIN_EXCEPTION_MATCH, BIN_INPLACE_ADD, BIN_INPLACE_SUBTRACT, BIN_LESS, BIN_MORE, BIN_SUBTRACT, C, DISPATCH, H, ITER_SLOTS, floatFast } from "./dispatch.js";
import { BUILD_CLASS } from "./build-class.js";
import { BytecodeFunction, checkFrameBounds, Code, Frame, setupFrame } from "./code.js";
import { BytecodeGenerator } from "./generator.js";
import { callValue, delAttr, getAttr, lookupSpecial, setAttr } from "../objects/call.js";
import { interp } from "./state.js";
import { toPyException } from "../objects/exceptions.js";
import { EXCEPTION_TYPES } from "../objects/exceptions.js";
import { loadMethod, makeRaise, superAttr } from "../objects/call.js";
import { resumeInner } from "./generator.js";
import { PAUSE } from "./pause.js";
// The built-in types' methods and constructors, filled as these modules load: imported last, so
// that everything they use is loaded before them (nothing in the object layer imports them).
import { PyDictView } from "../objects/methods.js";
import "../objects/constructors.js";
import { pushAll } from "../lib/spread.js";

// ---- calling ----

export function callFunction(fn: BytecodeFunction, args: Value[], kw: KwArgs | null): Value {
  const allArgs = fn.closure ? [...fn.closure, ...args] : args;
  const f = setupFrame(fn, allArgs, kw);
  if (fn.code.prelude.scopeFlags & 0x01) return new BytecodeGenerator(f);
  return runFrame(f);
}

/** callFunction from a CALL opcode: the frame is marked direct, so that a run in slices can pause and resume it. */
function callDirect(fn: BytecodeFunction, args: Value[], kw: KwArgs | null): Value {
  const f = setupFrame(fn, fn.closure ? [...fn.closure, ...args] : args, kw);
  if (fn.code.prelude.scopeFlags & 0x01) return new BytecodeGenerator(f);
  f.direct = true;
  return runFrame(f);
}

/** Unpacks a CALL_*_VAR_KW argument block (py/runtime.c mp_call_prepare_args_n_kw_var). */
function collectVarArgs(s: Value[], base: number, nPos: number, nKw: number, bitmap: number): [Value[], KwArgs | null] {
  const args: Value[] = [];
  for (let i = 0; i < nPos; i++) {
    const a = s[base + i];
    if ((bitmap >> i) & 1) {
      pushAll(args, a instanceof PyTuple || a instanceof PyList ? a.items : toArray(a));
    } else args.push(a);
  }
  const kw: KwArgs = [];
  for (let i = 0; i < nKw; i++) {
    const k = s[base + nPos + 2 * i];
    const v = s[base + nPos + 2 * i + 1];
    if (k === undefined) {
      // Each key becomes a qstr (mp_call_prepare_args_n_kw_var): a str, and no longer than a name may be.
      const name = (kk: Value) => {
        if (typeof kk !== "string") throw typeError(`can't convert '${typeName(kk)}' object to str implicitly`);
        return qstrName(kk);
      };
      if (v instanceof PyDict) {
        for (const [kk, vv] of v.table.entries()) kw.push([name(kk), vv]);
      } else {
        const keysFn = getAttr(v, "keys");
        for (const kk of toArray(callValue(keysFn, [], null))) kw.push([name(kk), subscr(v, kk)]);
      }
    } else kw.push([k as string, v]);
  }
  return [args, kw.length ? kw : null];
}

// ---- the interpreter loop ----

export const YIELDED = Symbol("yielded");

export function runFrame(f: Frame): Value {
  const r = execute(f);
  if (r === YIELDED) throw pyErr(RUNTIME_ERROR, "yield outside generator");
  return r;
}


function nameError(name: string): PyException {
  return pyErr(NAME_ERROR, `name '${name}' isn't defined`);
}

function addTraceback(e: PyException, code: Code, ip: number): void {
  const line = code.lineOf(ip - code.prelude.codeStart);
  addTracebackEntry(e, { file: code.ctx.fileName, line, name: code.name });
}

/**
 * Runs `f` until it returns (the value) or yields (YIELDED, the value on its stack). Python
 * exceptions propagate as thrown PyException objects with a traceback entry for this frame.
 */
export function execute(f: Frame): Value | typeof YIELDED {
  const code = f.code;
  const bc = code.raw.data;
  const ctx = code.ctx;
  const qstrs = ctx.qstrs;
  const consts = ctx.consts;
  const s = f.state;
  const top = code.prelude.nState - 1;
  const excStack = f.exc;
  let ip = f.ip;
  let sp = f.sp;
  const entryIp = ip;
  const prevTop = interp.top;
  f.parent = prevTop;
  interp.top = f;
  // Entering or resuming a frame is a pending-check point too: a program can loop through calls
  // and exceptions alone, without a backward jump.
  interp.poll();
  if (++interp.depth > interp.maxDepth) {
    interp.depth--;
    interp.top = prevTop;
    throw pyErr(RUNTIME_ERROR, "maximum recursion depth exceeded");
  }
  let opStart = ip;
  let pending: Value = f.inject;
  f.inject = null;
  try {
    for (;;) {
      try {
        if (pending !== null) {
          const e = pending;
          pending = null;
          // An exception injected into a suspended generator is raised at its yield.
          if (bc[ip - 1] === C.YIELD_FROM || bc[ip] === C.YIELD_FROM) {
            // handled by YIELD_FROM below: push None as the send value and let it throw in
            if (bc[ip] === C.YIELD_FROM) {
              s[++sp] = null;
              opStart = ip;
              ip++;
              sp = yieldFromStep(f, s, sp, e);
              if (sp < 0) {
                f.ip = opStart;
                f.sp = -sp - 2;
                return YIELDED;
              }
              continue;
            }
          }
          throw makeRaise(e);
        }
        for (;;) {
          opStart = ip;
          const op = bc[ip++]!;
          // Decoders for the argument that follows the opcode.
          switch (DISPATCH[op]) {
            case H.LOAD_CONST_FALSE:
              s[++sp] = false;
              break;
            case H.LOAD_CONST_NONE:
              s[++sp] = null;
              break;
            case H.LOAD_CONST_TRUE:
              s[++sp] = true;
              break;
            case H.LOAD_CONST_SMALL_INT: {
              let b = bc[ip]!;
              let n = b & 0x40 ? -1 : 0;
              do {
                b = bc[ip++]!;
                n = n * 128 + (b & 0x7f);
              } while (b & 0x80);
              s[++sp] = n;
              break;
            }
            case H.LOAD_CONST_STRING: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = qstrs[u]!;
              break;
            }
            case H.LOAD_CONST_OBJ: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = consts[u];
              break;
            }
            case H.LOAD_NULL:
              s[++sp] = undefined;
              break;
            case H.LOAD_FAST_N: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const v = s[top - u];
              if (v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[++sp] = v;
              break;
            }
            case H.LOAD_DEREF: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const v = (s[top - u] as PyCell).v;
              if (v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[++sp] = v;
              break;
            }
            case H.LOAD_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const name = qstrs[u]!;
              const loc = interp.locals ?? ctx.globals;
              let v = loc.get(name);
              if (v === undefined && loc !== ctx.globals) v = ctx.globals.get(name);
              if (v === undefined) v = interp.builtins.get(name);
              if (v === undefined) throw nameError(name);
              s[++sp] = v;
              break;
            }
            case H.LOAD_GLOBAL: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const name = qstrs[u]!;
              let v = ctx.globals.get(name);
              if (v === undefined) v = interp.builtins.get(name);
              if (v === undefined) throw nameError(name);
              s[++sp] = v;
              break;
            }
            case H.LOAD_ATTR: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const o = s[sp];
              if (o instanceof PyInstance) {
                const own = o.dict.get(qstrs[u]!);
                if (own !== undefined && !(o.type.lookup(qstrs[u]!) instanceof PyProperty)) {
                  s[sp] = own;
                  break;
                }
              }
              s[sp] = getAttr(o, qstrs[u]!);
              break;
            }
            case H.LOAD_METHOD: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              loadMethod(s[sp], qstrs[u]!, s, sp);
              sp++;
              break;
            }
            case H.LOAD_SUPER_METHOD: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp--;
              const cls = s[sp] as PyType;
              const self = s[sp + 1];
              const m = uncharged(() => superAttr(new PySuper(cls, self), qstrs[u]!));
              if (m instanceof PyBoundMethod) {
                s[sp - 1] = m.fn;
                s[sp] = m.self;
              } else {
                s[sp - 1] = m;
                s[sp] = undefined;
              }
              break;
            }
            case H.LOAD_BUILD_CLASS:
              // Looked up in builtins, so a program may replace it.
              s[++sp] = interp.builtins.get("__build_class__") ?? BUILD_CLASS;
              break;
            case H.LOAD_SUBSCR: {
              const index = s[sp--];
              s[sp] = subscr(s[sp], index);
              break;
            }
            case H.STORE_FAST_N: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[top - u] = s[sp--];
              break;
            }
            case H.STORE_DEREF: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              (s[top - u] as PyCell).v = s[sp--];
              break;
            }
            case H.STORE_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              (interp.locals ?? ctx.globals).set(qstrs[u]!, s[sp--]);
              break;
            }
            case H.STORE_GLOBAL: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              ctx.globals.set(qstrs[u]!, s[sp--]);
              break;
            }
            case H.STORE_ATTR: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (s[sp - 1] === undefined) delAttr(s[sp], qstrs[u]!);
              else setAttr(s[sp], qstrs[u]!, s[sp - 1]);
              sp -= 2;
              break;
            }
            case H.STORE_SUBSCR:
              // A NULL value is `del obj[index]` (the compiler stores NULL to delete).
              if (s[sp - 2] === undefined) delSubscr(s[sp - 1], s[sp]);
              else storeSubscr(s[sp - 1], s[sp], s[sp - 2]);
              sp -= 3;
              break;
            case H.DELETE_FAST: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (s[top - u] === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[top - u] = undefined;
              break;
            }
            case H.DELETE_DEREF: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const cell = s[top - u] as PyCell;
              if (cell.v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              cell.v = undefined;
              break;
            }
            case H.DELETE_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (!(interp.locals ?? ctx.globals).delete(qstrs[u]!)) throw nameError(qstrs[u]!);
              break;
            }
            case H.DELETE_GLOBAL: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (!ctx.globals.delete(qstrs[u]!)) throw nameError(qstrs[u]!);
              break;
            }
            case H.DUP_TOP:
              s[sp + 1] = s[sp];
              sp++;
              break;
            case H.DUP_TOP_TWO:
              s[sp + 1] = s[sp - 1];
              s[sp + 2] = s[sp];
              sp += 2;
              break;
            case H.POP_TOP:
              sp--;
              break;
            case H.ROT_TWO: {
              const t = s[sp];
              s[sp] = s[sp - 1];
              s[sp - 1] = t;
              break;
            }
            case H.ROT_THREE: {
              const t = s[sp];
              s[sp] = s[sp - 1];
              s[sp - 1] = s[sp - 2];
              s[sp - 2] = t;
              break;
            }
            case H.JUMP: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? ((b0 & 0x7f) | (bc[ip + 1]! << 7)) - 0x4000 : b0 - 0x40;
              ip += b0 & 0x80 ? 2 : 1;
              ip += off;
              if (off < 0) backwardPoll(f, -off, sp);
              if (sched.pending) runPending();
              break;
            }
            case H.POP_JUMP_IF_TRUE:
            case H.POP_JUMP_IF_FALSE: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? ((b0 & 0x7f) | (bc[ip + 1]! << 7)) - 0x4000 : b0 - 0x40;
              ip += b0 & 0x80 ? 2 : 1;
              const v = s[sp--];
              const t = v === true ? true : v === false ? false : truthy(v);
              if (t === (op === C.POP_JUMP_IF_TRUE)) {
                ip += off;
                if (off < 0) backwardPoll(f, -off, sp);
              }
              if (sched.pending) runPending();
              break;
            }
            case H.JUMP_IF_TRUE_OR_POP:
            case H.JUMP_IF_FALSE_OR_POP: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              if (truthy(s[sp]) === (op === C.JUMP_IF_TRUE_OR_POP)) ip += off;
              else sp--;
              if (sched.pending) runPending();
              break;
            }
            case H.SETUP_WITH: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              const mgr = s[sp];
              const exit = lookupSpecial(mgr, "__exit__");
              const enter = lookupSpecial(mgr, "__enter__");
              if (exit === undefined || enter === undefined) throw pyErr(ATTRIBUTE_ERROR, `'${typeName(mgr)}' object has no attribute '${enter === undefined ? "__enter__" : "__exit__"}'`);
              const ret = callValue(enter, [], null);
              // MicroPython keeps (__exit__, self) as a method pair; a bound method in one slot and a NULL marker do the same.
              s[sp] = exit;
              s[sp + 1] = undefined;
              sp++;
              excStack.push({ handler: ip + off, sp, isFinally: true, prevExc: null });
              s[++sp] = ret;
              break;
            }
            case H.WITH_CLEANUP: {
              const t = s[sp];
              if (t === null) {
                // stack: (..., __exit__, NULL, None)
                callValue(s[sp - 2], [null, null, null], null);
                sp -= 2;
                s[sp] = null;
              } else if (typeof t === "number") {
                // unwind return or jump: (..., __exit__, NULL, data, cause)
                const data = s[sp - 1];
                callValue(s[sp - 3], [null, null, null], null);
                s[sp - 3] = data;
                s[sp - 2] = t;
                sp -= 2;
              } else {
                const e = t as PyException;
                const r = callValue(s[sp - 2], [e.type, e, null], null);
                if (truthy(r)) {
                  sp -= 2;
                  s[sp] = null;
                } else {
                  sp -= 2;
                  s[sp] = e;
                }
              }
              break;
            }
            case H.UNWIND_JUMP: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? ((b0 & 0x7f) | (bc[ip + 1]! << 7)) - 0x4000 : b0 - 0x40;
              ip += b0 & 0x80 ? 2 : 1;
              s[++sp] = ip + off; // destination, as a raw number
              const unum = bc[ip++]!;
              const r = unwindJump(f, s, sp, ip, unum);
              sp = r.sp;
              ip = r.ip;
              // `continue` out of a try/finally or with block jumps back: a loop that must poll too.
              if (ip <= opStart) backwardPoll(f, opStart - ip, sp);
              if (sched.pending) runPending();
              break;
            }
            case H.SETUP_EXCEPT:
            case H.SETUP_FINALLY: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              excStack.push({ handler: ip + off, sp, isFinally: op === C.SETUP_FINALLY, prevExc: null });
              break;
            }
            case H.END_FINALLY: {
              excStack.pop();
              interp.currentException = null;
              const t = s[sp];
              if (t === null) sp--;
              else if (typeof t === "number") {
                sp--;
                if (t < 0) {
                  // unwind return: the return value is below.
                  const r = unwindReturn(f, s, sp, ip);
                  if (r.done) return finishReturn(f, s[r.sp]);
                  sp = r.sp;
                  ip = r.ip;
                } else {
                  s[++sp] = t;
                  // continue an unwind jump: destination is below the count
                  sp--;
                  const r = unwindJump(f, s, sp, ip, t);
                  sp = r.sp;
                  ip = r.ip;
                  if (ip <= opStart) backwardPoll(f, opStart - ip, sp);
                }
              } else throw makeRaise(t); // an exception (a damaged file may leave anything here)
              break;
            }
            case H.GET_ITER:
              s[sp] = getIter(s[sp]);
              break;
            case H.GET_ITER_STACK: {
              // Iterators of the native containers live in the 4 stack slots, not on the heap.
              const src = s[sp];
              const it = typeof src === "string" || src instanceof PyList || src instanceof PyTuple || src instanceof PyDict || src instanceof PySet || src instanceof PyRange || src instanceof PyBytes || src instanceof PyByteArray || src instanceof PyArray || src instanceof PyMemoryView || src instanceof PyDictView ? uncharged(() => getIter(src)) : getIter(src);
              s[sp] = undefined;
              s[sp + 1] = it;
              s[sp + 2] = undefined;
              s[sp + 3] = undefined;
              sp += ITER_SLOTS - 1;
              break;
            }
            case H.FOR_ITER: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              const it = s[sp - ITER_SLOTS + 2];
              const v = it instanceof PyIterator ? it.next() : iterNext(it);
              if (v === undefined) {
                sp -= ITER_SLOTS;
                ip += off;
              } else s[++sp] = v;
              break;
            }
            case H.POP_EXCEPT_JUMP: {
              excStack.pop();
              interp.currentException = null;
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              ip += off;
              if (sched.pending) runPending();
              break;
            }
            case H.BUILD_TUPLE: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp -= u - 1;
              s[sp] = new PyTuple(s.slice(sp, sp + u));
              break;
            }
            case H.BUILD_LIST: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp -= u - 1;
              s[sp] = new PyList(s.slice(sp, sp + u));
              break;
            }
            case H.BUILD_MAP: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = new PyDict(new HashTable(u));
              break;
            }
            case H.STORE_MAP: {
              // stack: dict value key
              (s[sp - 2] as PyDict).table.set(s[sp], s[sp - 1]);
              sp -= 2;
              break;
            }
            case H.BUILD_SET: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp -= u - 1;
              const t = new HashTable(u);
              for (let i = 0; i < u; i++) t.set(s[sp + i], undefined);
              s[sp] = new PySet(t);
              break;
            }
            case H.BUILD_SLICE: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              let step: Value = null;
              if (u === 3) step = s[sp--];
              const stop = s[sp--];
              s[sp] = new PySlice(s[sp], stop, step);
              break;
            }
            case H.STORE_COMP: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const target = s[sp - (u >> 2)];
              if ((u & 3) === 0) {
                (target as PyList).append(s[sp]);
                sp--;
              } else if ((u & 3) === 1) {
                (target as PyDict).table.set(s[sp], s[sp - 1]);
                sp -= 2;
              } else {
                (target as PySet).table.set(s[sp], undefined);
                sp--;
              }
              break;
            }
            case H.UNPACK_SEQUENCE: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const seq = s[sp];
              const items = seq instanceof PyTuple || seq instanceof PyList ? seq.items : toArray(seq);
              if (items.length < u) throw valueError(`need more than ${items.length} values to unpack`);
              if (items.length > u) throw valueError(`too many values to unpack (expected ${u})`);
              for (let i = 0; i < u; i++) s[sp + i] = items[u - 1 - i];
              sp += u - 1;
              break;
            }
            case H.UNPACK_EX: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nLeft = u & 0xff;
              const nRight = (u >> 8) & 0xff;
              const items = toArray(s[sp]);
              if (items.length < nLeft + nRight) throw valueError(`need more than ${items.length} values to unpack`);
              // Pushed so that the leftmost target pops first.
              const out: Value[] = [];
              for (let i = nRight - 1; i >= 0; i--) out.push(items[items.length - nRight + i]);
              out.push(new PyList(items.slice(nLeft, items.length - nRight)));
              for (let i = nLeft - 1; i >= 0; i--) out.push(items[i]);
              for (let i = 0; i < out.length; i++) s[sp + i] = out[i];
              sp += out.length - 1;
              break;
            }
            case H.MAKE_FUNCTION: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = new BytecodeFunction(code.child(u), [], null, null);
              break;
            }
            case H.MAKE_FUNCTION_DEFARGS: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const kwd = s[sp--];
              const pos = s[sp];
              s[sp] = new BytecodeFunction(code.child(u), pos instanceof PyTuple ? pos.items : [], kwd instanceof PyDict ? kwd : null, null);
              break;
            }
            case H.MAKE_CLOSURE:
            case H.MAKE_CLOSURE_DEFARGS: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const n = bc[ip++]!;
              const cells = s.slice(sp - n + 1, sp + 1) as PyCell[];
              sp -= n;
              if (op === C.MAKE_CLOSURE) s[++sp] = new BytecodeFunction(code.child(u), [], null, cells);
              else {
                const kwd = s[sp--];
                const pos = s[sp];
                s[sp] = new BytecodeFunction(code.child(u), pos instanceof PyTuple ? pos.items : [], kwd instanceof PyDict ? kwd : null, cells);
              }
              break;
            }
            case H.CALL_FUNCTION: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nPos = u & 0xff;
              const nKw = (u >> 8) & 0xff;
              sp -= nPos + 2 * nKw;
              const fn = s[sp];
              const args = s.slice(sp + 1, sp + 1 + nPos);
              let kw: KwArgs | null = null;
              if (nKw) {
                kw = [];
                for (let i = 0; i < nKw; i++) kw.push([s[sp + 1 + nPos + 2 * i] as string, s[sp + 2 + nPos + 2 * i]]);
              }
              f.ip = opStart;
              // A bytecode function is called directly (the common case); anything else through its type.
              s[sp] = fn instanceof BytecodeFunction ? callDirect(fn, args, kw) : callValue(fn, args, kw);
              break;
            }
            case H.CALL_METHOD: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nPos = u & 0xff;
              const nKw = (u >> 8) & 0xff;
              sp -= nPos + 2 * nKw + 1;
              const fn = s[sp];
              const self = s[sp + 1];
              const args = self === undefined ? s.slice(sp + 2, sp + 2 + nPos) : s.slice(sp + 1, sp + 2 + nPos);
              let kw: KwArgs | null = null;
              if (nKw) {
                kw = [];
                for (let i = 0; i < nKw; i++) kw.push([s[sp + 2 + nPos + 2 * i] as string, s[sp + 3 + nPos + 2 * i]]);
              }
              f.ip = opStart;
              s[sp] = fn instanceof BytecodeFunction ? callDirect(fn, args, kw) : callValue(fn, args, kw);
              break;
            }
            case H.CALL_FUNCTION_VAR_KW:
            case H.CALL_METHOD_VAR_KW: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nPos = u & 0xff;
              const nKw = (u >> 8) & 0xff;
              const isMethod = op === C.CALL_METHOD_VAR_KW ? 1 : 0;
              sp -= nPos + 2 * nKw + 1 + isMethod;
              const fn = s[sp];
              const bitmap = s[sp + 1 + isMethod + nPos + 2 * nKw] as number;
              const [args, kw] = collectVarArgs(s, sp + 1 + isMethod, nPos, nKw, bitmap);
              if (isMethod && s[sp + 1] !== undefined) args.unshift(s[sp + 1]);
              f.ip = opStart;
              s[sp] = callValue(fn, args, kw);
              break;
            }
            case H.RETURN_VALUE: {
              const r = unwindReturn(f, s, sp, ip);
              if (r.done) return finishReturn(f, s[r.sp]);
              sp = r.sp;
              ip = r.ip;
              break;
            }
            case H.RAISE_LAST: {
              let e: PyException | null = null;
              for (let i = excStack.length - 1; i >= 0; i--) {
                if (excStack[i]!.prevExc) {
                  e = excStack[i]!.prevExc;
                  break;
                }
              }
              throw e ?? pyErr(RUNTIME_ERROR, "no active exception to reraise");
            }
            case H.RAISE_OBJ:
              throw makeRaise(s[sp]);
            case H.RAISE_FROM: {
              sp--;
              throw makeRaise(s[sp]);
            }
            case H.YIELD_VALUE:
              f.ip = ip;
              f.sp = sp;
              return YIELDED;
            case H.YIELD_FROM: {
              f.ip = ip;
              const r = yieldFromStep(f, s, sp, null);
              if (r < 0) {
                f.ip = opStart;
                f.sp = -r - 2;
                return YIELDED;
              }
              sp = r;
              break;
            }
            case H.IMPORT_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const fromList = s[sp--];
              const level = s[sp] as number;
              f.ip = opStart;
              s[sp] = importName(qstrs[u]!, fromList, level, ctx.globals);
              break;
            }
            case H.IMPORT_FROM: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              f.ip = opStart;
              const v = importFrom(s[sp], qstrs[u]!, ctx.globals);
              s[++sp] = v;
              break;
            }
            case H.IMPORT_STAR: {
              f.ip = opStart;
              importAll(s[sp--], interp.locals ?? ctx.globals);
              break;
            }
            case H.SMALL_INT_MULTI:
              s[++sp] = op - C.SMALL_INT_MULTI - 16;
              break;
            case H.LOAD_FAST_MULTI: {
              const v = s[top - (op - C.LOAD_FAST_MULTI)];
              if (v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[++sp] = v;
              break;
            }
            case H.STORE_FAST_MULTI:
              s[top - (op - C.STORE_FAST_MULTI)] = s[sp--];
              break;
            case H.UNARY_OP_MULTI:
              s[sp] = unaryOp(unaryOpByIndex(op - C.UNARY_OP_MULTI), s[sp]);
              break;
            case H.BINARY_OP_MULTI: {
              const rhs = s[sp--];
              const lhs = s[sp];
              const k = op - C.BINARY_OP_MULTI;
              if (typeof lhs === "number" && typeof rhs === "number") {
                // The commonest small-int operations inline.
                if (k === BIN_ADD || k === BIN_INPLACE_ADD) {
                  const r = lhs + rhs;
                  if (r <= 0x3fffffff && r >= -0x40000000) {
                    s[sp] = r;
                    break;
                  }
                } else if (k === BIN_SUBTRACT || k === BIN_INPLACE_SUBTRACT) {
                  const r = lhs - rhs;
                  if (r <= 0x3fffffff && r >= -0x40000000) {
                    s[sp] = r;
                    break;
                  }
                } else if (k === BIN_LESS) {
                  s[sp] = lhs < rhs;
                  break;
                } else if (k === BIN_MORE) {
                  s[sp] = lhs > rhs;
                  break;
                } else if (k === BIN_EQUAL) {
                  s[sp] = lhs === rhs;
                  break;
                }
              } else if (lhs instanceof PyFloat && rhs instanceof PyFloat) {
                const r = floatFast(k, lhs.v, rhs.v);
                if (r !== undefined) {
                  s[sp] = r;
                  break;
                }
              }
              if (k === BIN_EXCEPTION_MATCH) s[sp] = exceptionMatch(lhs, rhs);
              else s[sp] = binaryOp(binaryOpByIndex(k), lhs, rhs);
              break;
            }
            default:
              throw pyErr(EXCEPTION_TYPES.get("NotImplementedError")!, "opcode");
          }
        }
      } catch (thrown) {
        // A pause leaves this frame resumable: after a jump, or with a call's result due at s[sp].
        if (thrown === PAUSE) {
          f.ip = ip;
          f.sp = sp;
          throw thrown;
        }
        const e = toPyException(thrown);
        // StopIteration escaping a for loop's iterator ends the loop.
        const opByte = bc[opStart];
        if (e.type.isSubtypeOf(STOP_ITERATION) && opByte === C.FOR_ITER) {
          const b0 = bc[opStart + 1]!;
          const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[opStart + 2]! << 7) : b0;
          ip = opStart + 1 + (b0 & 0x80 ? 2 : 1) + off;
          sp = f.sp = sp - ITER_SLOTS + 1 - 1;
          continue;
        }
        if (e.type.isSubtypeOf(STOP_ITERATION) && opByte === C.YIELD_FROM) {
          // StopIteration from the delegate is the value of the yield from expression.
          sp = f.sp;
          s[sp] = e.args.items[0] ?? null;
          ip = opStart + 1;
          continue;
        }
        if (opByte !== C.END_FINALLY && opByte !== C.RAISE_LAST) addTraceback(e, code, opStart);
        while (excStack.length && excStack[excStack.length - 1]!.handler <= opStart) excStack.pop();
        if (excStack.length === 0) throw e;
        const h = excStack[excStack.length - 1]!;
        h.prevExc = e;
        interp.currentException = e;
        ip = h.handler;
        sp = h.sp;
        s[++sp] = e;
      }
    }
  } finally {
    // The straight-line part of this activation (its loops were counted at their backward jumps).
    if (ip > entryIp) interp.work += ip - entryIp;
    interp.top = prevTop;
    interp.depth--;
  }
}

/** A backward move of `bytes` (a loop's jump, or `continue` through finally), at stack pointer `sp`: counted, checked, polled. */
function backwardPoll(f: Frame, bytes: number, sp: number): void {
  interp.work += bytes;
  checkFrameBounds(f, sp);
  interp.poll();
}

function finishReturn(f: Frame, v: Value): Value {
  f.sp = -1;
  return v;
}

/**
 * RETURN_VALUE's search for finally handlers not yet running (vm.c unwind_return). Returns
 * done with the stack index of the return value, or where to continue into a finally block.
 */
function unwindReturn(f: Frame, s: Value[], sp: number, ip: number): { done: boolean; sp: number; ip: number } {
  const exc = f.exc;
  while (exc.length) {
    const h = exc[exc.length - 1]!;
    if (h.isFinally) {
      if (h.handler >= ip) {
        // Run the finally: the return value goes just above its saved stack, then the marker -1.
        s[h.sp + 1] = s[sp];
        sp = h.sp + 1;
        s[++sp] = -1;
        return { done: false, sp, ip: h.handler };
      }
      sp = cancelActiveFinally(s, sp);
    }
    exc.pop();
  }
  return { done: true, sp, ip };
}

/** CANCEL_ACTIVE_FINALLY: drops what an active finally block had on the stack below TOS. */
function cancelActiveFinally(s: Value[], sp: number): number {
  if (typeof s[sp - 1] === "number") {
    s[sp - 2] = s[sp];
    return sp - 2;
  }
  s[sp - 1] = s[sp];
  return sp - 1;
}

/** UNWIND_JUMP (vm.c unwind_jump): the destination is at s[sp], `unum` handlers to leave. */
function unwindJump(f: Frame, s: Value[], sp: number, ip: number, unum: number): { sp: number; ip: number } {
  const exc = f.exc;
  while ((unum & 0x7f) > 0) {
    unum -= 1;
    const h = exc[exc.length - 1]!;
    if (h.isFinally) {
      if (h.handler >= ip) {
        s[++sp] = unum;
        return { sp, ip: h.handler };
      }
      sp = cancelActiveFinally(s, sp);
    }
    exc.pop();
  }
  const dest = s[sp--] as number;
  if (unum !== 0) sp -= ITER_SLOTS;
  return { sp, ip: dest };
}

/**
 * One step of YIELD_FROM: the send value is TOS, the sub-iterator below it. Returns the new sp
 * to continue, or -(sp + 2) when the frame must yield the value left on top.
 */
function yieldFromStep(f: Frame, s: Value[], sp: number, thrown: Value): number {
  const send = s[sp--];
  const it = s[sp];
  let r: ["yield" | "return", Value];
  try {
    r = resumeInner(it, send, thrown);
  } catch (e) {
    // The delegate's slot, for a StopIteration that ends the yield from.
    f.sp = sp;
    throw e;
  }
  if (r[0] === "yield") {
    s[++sp] = r[1];
    return -(sp + 2);
  }
  s[sp] = r[1];
  // A GeneratorExit sent down is raised again even when the delegate swallowed it.
  if (thrown !== null && (thrown instanceof PyType ? thrown : typeOf(thrown)).isSubtypeOf(GENERATOR_EXIT)) throw makeRaise(thrown);
  return sp;
}

export function exceptionMatch(v: Value, cls: Value): boolean {
  const t = typeOf(v);
  if (cls instanceof PyTuple) return cls.items.some((c) => exceptionMatch(v, c));
  if (!(cls instanceof PyType) || !isExceptionType(cls)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return t.isSubtypeOf(cls);
}

