// Generators (py/objgenerator.c): resume, send, throw, close and pend_throw over a suspended frame,
// and mp_resume for `yield from` and await on any iterator.

import { charge, uncharged } from "../memory/charge.js";
import { SIZES } from "../memory/sizes.js";
import { GENERATOR_EXIT, newException, pyErr, RUNTIME_ERROR, STOP_ITERATION, typeError, valueError } from "../objects/exceptions.js";
import { PyIterator } from "../objects/iter.js";
import { typeName } from "../objects/repr.js";
import { GENERATOR, PyException, PyType, type Value } from "../objects/value.js";
import { Frame } from "./code.js";
import { PyGenerator } from "../objects/value.js";
import { callValue, getAttr, getAttrOrUndefined } from "../objects/call.js";
import { YIELDED, execute } from "./interp.js";
import { makeRaise } from "../objects/call.js";

/**
 * A generator driven through resume() (mp_obj_gen_resume): next, send, throw and close as
 * py/objgenerator.c makes them of it. Bytecode generators and the JavaScript ones standing for a
 * frozen package's (runtime/modules/asyncio-coro.ts) are both.
 */
export abstract class ResumableGenerator extends PyGenerator {
  /** Runs until the next yield: ["yield", v] or ["return", v]; an exception propagates. */
  abstract resume(send: Value, thrown: Value): ["yield" | "return", Value];
  /** Whether close() has nothing to do (finished, or never started). */
  protected abstract closed(): boolean;

  /** __next__ as iteration wants it: the next value, or undefined when done. */
  nextValue(): Value {
    const [kind, v] = this.resume(null, null);
    return kind === "yield" ? v : undefined;
  }
  send(v: Value): Value {
    const [kind, r] = this.resume(v, null);
    if (kind === "return") throw newException(STOP_ITERATION, r === null ? [] : [r]);
    return r;
  }
  throwIn(e: Value): Value {
    const [kind, r] = this.resume(null, e);
    if (kind === "return") throw newException(STOP_ITERATION, r === null ? [] : [r]);
    return r;
  }
  close(): Value {
    if (this.closed()) return null;
    try {
      const [kind] = this.resume(null, newException(GENERATOR_EXIT));
      if (kind === "yield") throw pyErr(RUNTIME_ERROR, "generator ignored GeneratorExit");
      return null;
    } catch (e) {
      if (e instanceof PyException && (e.type.isSubtypeOf(GENERATOR_EXIT) || e.type.isSubtypeOf(STOP_ITERATION))) return null;
      throw e;
    }
  }
}

export class BytecodeGenerator extends ResumableGenerator {
  running = false;
  /** Set by pend_throw; None when nothing is pending. */
  pendingThrow: Value = null;
  finished = false;
  started = false;
  constructor(readonly frame: Frame) {
    super();
    charge(SIZES.generator(frame.code.prelude.nState, frame.code.prelude.nExcStack));
  }
  get type(): PyType {
    return GENERATOR;
  }
  get name(): string {
    return this.frame.code.name;
  }
  /**
   * mp_obj_gen_resume: runs until the next yield. Returns ["yield", v], ["return", v]; an
   * exception propagates.
   */
  resume(send: Value, thrown: Value): ["yield" | "return", Value] {
    // A finished generator just stops again, whatever is thrown in (mp_obj_gen_resume).
    if (this.finished) return ["return", null];
    if (this.running) throw valueError("generator already executing");
    if (this.pendingThrow !== null) {
      thrown = this.pendingThrow;
      this.pendingThrow = null;
    }
    const f = this.frame;
    if (!this.started) {
      if (send !== null && send !== undefined && !thrown) throw typeError("can't send non-None value to a just-started generator");
    } else if (thrown === null) f.state[++f.sp] = send;
    this.started = true;
    f.inject = thrown;
    this.running = true;
    try {
      const r = execute(f);
      if (r === YIELDED) return ["yield", f.state[f.sp--]];
      this.finished = true;
      return ["return", r];
    } catch (e) {
      this.finished = true;
      if (e instanceof PyException && e.type.isSubtypeOf(STOP_ITERATION)) {
        throw pyErr(RUNTIME_ERROR, "generator raised StopIteration");
      }
      throw e;
    } finally {
      this.running = false;
    }
  }
  /** pend_throw: what the next resume raises; returns what was pending before (None if nothing). */
  pendThrow(v: Value): Value {
    if (this.running) throw valueError("generator already executing");
    const prev = this.pendingThrow;
    this.pendingThrow = v;
    return prev;
  }
  protected closed(): boolean {
    if (this.finished || !this.started) {
      this.finished = true;
      return true;
    }
    return false;
  }
}

/** mp_resume for YIELD_FROM and await: drives a sub-iterator one step. */
export function resumeInner(it: Value, send: Value, thrown: Value): ["yield" | "return", Value] {
  if (it instanceof BytecodeGenerator) return it.resume(send, thrown);
  return resumeOther(it, send, thrown);
}

/** mp_resume looks the delegate's methods up into a stack pair: binding them allocates nothing. */
const method = (it: Value, name: string) => uncharged(() => getAttrOrUndefined(it, name));

function resumeOther(it: Value, send: Value, thrown: Value): ["yield" | "return", Value] {
  if (thrown !== null) {
    // The thrown value goes to the delegate's throw() as given: an instance, a class, or any object.
    if (thrown instanceof PyException && thrown.type.isSubtypeOf(GENERATOR_EXIT)) {
      const close = method(it, "close");
      if (close !== undefined) callValue(close, [], null);
      throw thrown;
    }
    const t = method(it, "throw");
    // Nowhere to throw into: the exception goes up, a StopIteration as PEP 479's RuntimeError.
    if (t === undefined) {
      const e = makeRaise(thrown);
      throw e.type.isSubtypeOf(STOP_ITERATION) ? pyErr(RUNTIME_ERROR, "generator raised StopIteration") : e;
    }
    return stepCall(() => callValue(t, [thrown], null));
  }
  if (send === null || send === undefined) {
    if (it instanceof PyIterator) {
      const v = it.next();
      return v === undefined ? ["return", null] : ["yield", v];
    }
    const n = method(it, "__next__");
    if (n === undefined) throw typeError(`'${typeName(it)}' object isn't an iterator`);
    return stepCall(() => callValue(n, [], null));
  }
  const s = method(it, "send") ?? getAttr(it, "send");
  return stepCall(() => callValue(s, [send], null));
}

function stepCall(f: () => Value): ["yield" | "return", Value] {
  try {
    return ["yield", f()];
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(STOP_ITERATION)) return ["return", e.args.items[0] ?? null];
    throw e;
  }
}
