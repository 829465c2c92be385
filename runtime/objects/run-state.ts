// What the object layer keeps for one run (part of py/mpstate.h's mp_state_vm_t): the ids id()
// hands out, the objects an array of type 'O' stores by address, the emergency exception and its
// buffer. runtime/index.ts swaps one in for each Runtime, so two runs never share them.

import type { PyException, Value } from "./value.js";

export interface ObjectState {
  /** id() of objects without a value hash, and of strings and other primitives. */
  ids: WeakMap<object, number>;
  primitiveIds: Map<unknown, number>;
  nextId: number;
  /** Objects an array('O') or uctypes pointer holds by their modelled address. */
  stored: Map<number, Value>;
  /** MP_STATE_VM(mp_emergency_exception_obj), made on first need. */
  staticException: PyException | null;
  /** micropython.alloc_emergency_exception_buf's size in bytes (0: none). */
  emergencyBytes: number;
  /** The addresses io streams print in their repr. */
  streamIds: WeakMap<object, number>;
  nextStreamId: number;
  /** Cycles of native work (native-cost.ts) not yet turned into virtual time. */
  nativeCycles: number;
}

export function newObjectState(): ObjectState {
  return {
    ids: new WeakMap(),
    primitiveIds: new Map(),
    nextId: 0x10000,
    stored: new Map(),
    staticException: null,
    emergencyBytes: 0,
    streamIds: new WeakMap(),
    nextStreamId: 0x20001000,
    nativeCycles: 0,
  };
}

/** The active run's object state. */
export let objectState: ObjectState = newObjectState();

/** Makes `s` the active object state; returns the one it replaces. */
export function useObjectState(s: ObjectState): ObjectState {
  const prev = objectState;
  objectState = s;
  return prev;
}
