// The functions of a board's frozen asyncio package, written here as JavaScript, as Python sees
// them: a coroutine or generator function of the package returns a generator object
// (NativeCoroutine) over a JS generator that yields what the Python one yields, awaits through
// `awaitValue` as YIELD_FROM does, and leaves in each exception that passes through it the
// traceback entry its frame adds on a board (the package is frozen with opt=3: line 1).

import { addTracebackEntry, valueError } from "../objects/exceptions.js";
import { callValue, getAttr, makeRaise } from "../objects/call.js";
import { uncharged } from "../memory/charge.js";
import { getIter } from "../objects/iter.js";
import { GENERATOR, PyException, type PyType, type Value } from "../objects/value.js";
import { ResumableGenerator, resumeInner } from "../vm/generator.js";

/** A frame of the frozen package, for the traceback entries it adds (py/vm.c's exception handler). */
export class PackageFrame {
  /** The exception this frame raised or re-raised last: it already has the frame's entry. */
  private raised: PyException | null = null;
  constructor(
    readonly file: string,
    readonly name: string,
  ) {}
  /** An exception arrives at one of the frame's handlers (or passes through it): one entry. */
  arrived(e: unknown): void {
    if (e instanceof PyException) addTracebackEntry(e, { file: this.file, line: 1, name: this.name });
  }
  /** `raise X`: the exception made from X, with the frame's entry, to throw. */
  raise(v: Value): PyException {
    const e = makeRaise(v);
    this.arrived(e);
    this.raised = e;
    return e;
  }
  /** An exception leaving the frame: the entry of its arrival, unless the frame raised it itself. */
  leaving(e: unknown): void {
    if (e !== this.raised) this.arrived(e);
    this.raised = null;
  }
  /** Runs `f` as a call of a plain function of the package. */
  call<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      this.leaving(e);
      throw e;
    }
  }
}

/** Runs `f` as a call of the package's plain function `name` in `file`: its frame for the traceback. */
export function inPackage<T>(file: string, name: string, f: () => T): T {
  return new PackageFrame(file, name).call(f);
}

/** A JS generator standing for a Python one: yields values up, gets sent values back. */
export type PyGen = Generator<Value, Value, Value>;

/** A generator object of the frozen package (py/objgenerator.c's semantics over a JS generator). */
export class NativeCoroutine extends ResumableGenerator {
  private running = false;
  private finished = false;
  private pending: Value = null;
  private readonly gen: PyGen;
  private readonly frame: PackageFrame;
  /** The generator object of the package's coroutine or generator function `name` in `file`, running `body`. */
  constructor(
    file: string,
    name: string,
    body: (frame: PackageFrame) => PyGen,
    /** What the generator holds for the collector (its arguments). */
    private readonly held: readonly Value[] = [],
    private readonly bytes = 0,
  ) {
    super();
    this.frame = new PackageFrame(file, name);
    this.gen = body(this.frame);
  }
  get type(): PyType {
    return GENERATOR;
  }
  get name(): string {
    return this.frame.name;
  }

  /** mp_obj_gen_resume: ["yield", v] or ["return", v]; an exception propagates. */
  resume(send: Value, thrown: Value): ["yield" | "return", Value] {
    if (this.finished) return ["return", null];
    if (this.running) throw valueError("generator already executing");
    if (this.pending !== null) {
      thrown = this.pending;
      this.pending = null;
    }
    this.running = true;
    try {
      const r = thrown !== null ? this.gen.throw(makeRaise(thrown)) : this.gen.next(send);
      if (r.done) this.finished = true;
      return [r.done ? "return" : "yield", r.value ?? null];
    } catch (e) {
      this.finished = true;
      this.frame.leaving(e);
      throw e;
    } finally {
      this.running = false;
    }
  }
  pendThrow(v: Value): Value {
    const prev = this.pending;
    this.pending = v;
    return prev;
  }
  protected closed(): boolean {
    return this.finished;
  }
  heapRefs(): Value[] {
    return [...this.held];
  }
  heapBytes(): number {
    return Math.ceil(this.bytes / 16) * 16;
  }
}

/**
 * `await aw` (or `yield from aw`) inside a JS generator: GET_ITER then YIELD_FROM until the inner
 * iterator returns; what the outer generator is sent or has thrown in goes on to the inner one.
 */
export function* awaitValue(aw: Value): PyGen {
  const it = getIter(aw);
  let send: Value = null;
  let thrown: Value = null;
  for (;;) {
    const [kind, v] = resumeInner(it, send, thrown);
    if (kind === "return") return v;
    try {
      send = yield v;
      thrown = null;
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      thrown = e;
      send = null;
    }
  }
}

/** `obj.name(*args)` as LOAD_METHOD and CALL_METHOD do it: looking the method up allocates nothing. */
export function callMethod(obj: Value, name: string, args: Value[]): Value {
  return callValue(uncharged(() => getAttr(obj, name)), args, null);
}
