// The select module (extmod/modselect.c, as a port without POSIX file descriptors builds it): poll
// objects over anything with the stream protocol, asked for readiness with ioctl MP_STREAM_POLL,
// and select.select. A wait with nothing ready passes on the board's virtual clock, so poll(1000)
// costs no wall time; timers and scripted inputs fire on the way, and a Python pollable is asked
// again every virtual millisecond as the unix port asks its non-fd objects.

import type { Board } from "../board/board.js";
import { ENOENT } from "../board/fs.js";
import { checkArgCount, toIndex } from "../objects/args.js";
import { typeError } from "../objects/exceptions.js";
import { HashTable } from "../objects/hashtable.js";
import { interp } from "../vm/state.js";
import { PyIterator } from "../objects/iter.js";
import { blocks } from "../memory/sizes.js";
import { charge, mem, uncharged } from "../memory/charge.js";
import { identity } from "../objects/hash.js";
import { typeName } from "../objects/repr.js";
import { runPending, sched } from "../vm/scheduler.js";
import { PyBuiltin, PyInstance, PyList, PyTuple, nativeType, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { arrayItems, jsFn, NativeObject, ns, num } from "../objects/native.js";
import { IOCTL_POLL, needStream, POLL_ERR, POLL_HUP, POLL_RD, POLL_WR, Stream } from "./stream.js";
import { osError } from "../lib/host-error.js";
import { hostCall } from "../objects/exceptions.js";
import { withArity } from "../objects/args.js";

/** ipoll's flag: an object that reported readiness is not polled again until re-registered. */
const FLAG_ONESHOT = 1;

/** mp_obj_poll_t on a 32-bit port: type, poll-set map, counters, flags and the ipoll tuple. */
const POLL_OBJECT_BYTES = 32;
/** poll_obj_t: the object, its ioctl, events and revents. */
const ENTRY_BYTES = 16;
const MAP_SLOT_BYTES = 8;

/** One registered object (poll_obj_t). */
interface Entry {
  readonly obj: Value;
  readonly stream: Stream;
  /** An io.IOBase subclass written in Python: its readiness may change whenever it is asked. */
  readonly python: boolean;
  events: number;
  revents: number;
}

/**
 * poll_set_t: the registered objects in a table keyed by their ids and walked in slot order,
 * as MicroPython's mp_map is, so results come out in the order a board gives for those ids.
 */
class PollSet {
  readonly table: HashTable;
  private readonly entries = new Map<number, Entry>();

  constructor(initial = 0) {
    this.table = new HashTable(initial);
    this.table.slotBytes = MAP_SLOT_BYTES;
  }

  /** poll_set_add_obj: adds each object, or sets (orEvents: adds to) the events of a known one. */
  add(objs: readonly Value[], events: number, orEvents: boolean): void {
    for (const obj of objs) {
      const key = identity(obj);
      const known = this.entries.get(key);
      if (known) {
        known.events = orEvents ? known.events | events : events;
        continue;
      }
      const stream = needStream(obj, "ioctl");
      this.table.set(key, null);
      charge(ENTRY_BYTES);
      const python = obj instanceof PyInstance && !(obj.base instanceof NativeObject && obj.base.js instanceof Stream);
      this.entries.set(key, { obj, stream, python, events, revents: 0 });
    }
  }

  get(obj: Value): Entry | undefined {
    return this.entries.get(identity(obj));
  }

  remove(obj: Value): void {
    const key = identity(obj);
    this.table.delete(key);
    this.entries.delete(key);
  }

  /** The entry in table slot `i`, if the slot is filled. */
  at(i: number): Entry | undefined {
    return this.table.nextSlot(i) === i ? this.entries.get(this.table.keyAt(i) as number) : undefined;
  }

  /** The entries in table order. */
  *each(): Generator<Entry> {
    for (const i of this.table.slots()) yield this.entries.get(this.table.keyAt(i) as number)!;
  }

  /** poll_set_poll_once: asks every object; an ioctl error is raised as OSError. */
  pollOnce(): number {
    let ready = 0;
    for (const e of this.each()) {
      e.revents = e.stream.ioctl(IOCTL_POLL, e.events) >>> 0;
      if (e.revents !== 0) ready++;
    }
    return ready;
  }

  /** poll_set_poll_until_ready_or_timeout, with `timeoutMs` -1 for no limit. */
  pollUntil(board: Board, timeoutMs: number): number {
    const clock = board.clock;
    const deadlineUs = timeoutMs < 0 ? Infinity : (clock.ms + timeoutMs) * 1000;
    for (;;) {
      const ready = this.pollOnce();
      if (ready > 0 || clock.us >= deadlineUs || clock.halted) return ready;
      // mp_event_wait_ms: until the next timer or input or the deadline; a millisecond when a
      // Python object might change just by being asked, or when nothing else could ever happen.
      const due = clock.nextDue() ?? Infinity;
      const tick = [...this.each()].some((e) => e.python) || Math.min(due, deadlineUs) === Infinity;
      board.wait(Math.min(deadlineUs, due, tick ? clock.us + 1000 : Infinity) - clock.us, "idle");
      if (sched.pending) runPending();
      interp.poll();
    }
  }

  heapBytes(): number {
    return blocks(MAP_SLOT_BYTES * this.table.alloc) + ENTRY_BYTES * this.entries.size;
  }

  objects(): Value[] {
    return [...this.entries.values()].map((e) => e.obj);
  }
}

// ---- the poll type ----

/** mp_obj_poll_t's state: the set, and ipoll's flags, count and position. */
class PollState {
  readonly set = new PollSet();
  flags = 0;
  iterCount = 0;
  iterIndex = 0;
  retTuple: PyTuple | null = null;

  /** poll_iternext: the next ready object, in the one (obj, revents) tuple ipoll reuses. */
  next(): Value {
    if (this.iterCount === 0) return undefined;
    this.iterCount--;
    for (let i = this.iterIndex; i < this.set.table.alloc; i++) {
      this.iterIndex++;
      const e = this.set.at(i);
      if (!e || e.revents === 0) continue;
      const t = this.retTuple!;
      t.items[0] = e.obj;
      t.items[1] = e.revents;
      if (this.flags & FLAG_ONESHOT) e.events = 0;
      return t;
    }
    this.iterCount = 0;
    return undefined;
  }
}

/** A poll object: itself the iterator ipoll returns (MP_TYPE_FLAG_ITER_IS_ITERNEXT). */
class PollObject extends PyIterator {
  constructor(readonly state: PollState) {
    super(() => state.next(), POLL_TYPE);
    charge(POLL_OBJECT_BYTES - 16);
  }

  heapBytes(): number {
    return POLL_OBJECT_BYTES + this.state.set.heapBytes() + (this.state.retTuple ? 16 : 0);
  }

  heapRefs(): Value[] {
    return this.state.set.objects();
  }
}

function method(name: string, min: number, max: number, f: (p: PollState, a: Value[], self: PollObject) => Value): PyBuiltin {
  const b = new PyBuiltin(
    name,
    (a: Value[], kw: KwArgs | null) => {
      checkArgCount(a, kw, min + 1, max + 1);
      const self = a[0];
      if (!(self instanceof PollObject)) throw typeError(`argument should be a 'poll' not a '${typeName(self)}'`);
      return hostCall(() => f(self.state, a.slice(1), self));
    },
    true,
  );
  withArity(b, [min + 1, max + 1], null);
  return b;
}

function pollMethods(board: Board): Record<string, PyBuiltin> {
  return {
    register: method("register", 1, 2, (p, a) => {
      const events = a.length > 1 ? toIndex(a[1]!) >>> 0 : POLL_RD | POLL_WR;
      p.set.add([a[0]!], events, false);
      return null;
    }),
    // An object that is not registered is no error (MicroPython has a TODO for KeyError).
    unregister: method("unregister", 1, 1, (p, a) => (p.set.remove(a[0]!), null)),
    modify: method("modify", 2, 2, (p, a) => {
      const e = p.set.get(a[0]!);
      if (!e) throw osError(ENOENT);
      e.events = toIndex(a[1]!) >>> 0;
      return null;
    }),
    poll: method("poll", 0, 1, (p, a) => {
      p.flags = 0;
      const n = p.set.pollUntil(board, pollTimeout(a));
      const list = new PyList(new Array<Value>(n).fill(null));
      let i = 0;
      for (const e of p.set.each()) if (e.revents !== 0) list.items[i++] = new PyTuple([e.obj, e.revents]);
      return list;
    }),
    ipoll: method("ipoll", 0, 2, (p, a, self) => {
      p.retTuple ??= new PyTuple([null, null]);
      p.flags = a.length >= 2 ? toIndex(a[1]!) : 0;
      p.iterCount = p.set.pollUntil(board, pollTimeout(a));
      p.iterIndex = 0;
      return self;
    }),
  };
}

/** poll_poll_internal's timeout in ms: None or a negative number is no limit (-1). */
function pollTimeout(args: Value[]): number {
  if (args.length === 0 || args[0] === null) return -1;
  const t = toIndex(args[0]!);
  return t >= 0 ? t : -1;
}

export const POLL_TYPE = nativeType("poll");

let nothing: PollSet | null = null;

/** A poll of an empty set (asyncio waiting with no stream registered): passes up to `timeoutMs` (-1: no limit) as poll would. */
export function pollNothing(board: Board, timeoutMs: number): void {
  nothing ??= uncharged(() => new PollSet());
  nothing.pollUntil(board, timeoutMs);
}

// ---- select.select ----

/** select(rlist, wlist, xlist[, timeout]): the ready objects of each list; the timeout in seconds. */
function select(board: Board, a: Value[]): Value {
  const lists = [arrayItems(a[0]!), arrayItems(a[1]!), arrayItems(a[2]!)] as const;
  let timeout = -1;
  if (a.length === 4 && a[3] !== null) {
    // mp_obj_get_float_to_f: a C float, scaled in float arithmetic.
    const f = Math.fround(num(a[3]!));
    if (f >= 0) timeout = Math.trunc(Math.fround(f * 1000));
  }
  // The set's table is sized for every object at once, and freed when the answer is made.
  const n = lists[0].length + lists[1].length + lists[2].length;
  const set = new PollSet(n);
  charge(MAP_SLOT_BYTES * n);
  set.add(lists[0], POLL_RD, true);
  set.add(lists[1], POLL_WR, true);
  set.add(lists[2], POLL_ERR | POLL_HUP, true);
  set.pollUntil(board, timeout);
  const out: [Value[], Value[], Value[]] = [[], [], []];
  for (const e of set.each()) {
    if (e.revents & POLL_RD) out[0].push(e.obj);
    if (e.revents & POLL_WR) out[1].push(e.obj);
    if (e.revents & ~(POLL_RD | POLL_WR)) out[2].push(e.obj);
  }
  const result = new PyTuple(out.map((items) => new PyList(items)));
  if (mem.off === 0) mem.heap.release(MAP_SLOT_BYTES * set.table.alloc);
  return result;
}

export function selectNamespace(board: Board): Namespace {
  for (const [k, m] of Object.entries(pollMethods(board))) POLL_TYPE.dict.set(k, m);
  return ns("select", {
    select: fixed("select", 3, 4, (a) => select(board, a)),
    poll: fixed("poll", 0, 0, () => new PollObject(new PollState())),
    POLLIN: POLL_RD,
    POLLOUT: POLL_WR,
    POLLERR: POLL_ERR,
    POLLHUP: POLL_HUP,
  });
}

/** A module function with MicroPython's argument-count checks. */
function fixed(name: string, min: number, max: number, f: (a: Value[]) => Value): PyBuiltin {
  return withArity(jsFn(name, (a) => f(a)), [min, max]);
}
