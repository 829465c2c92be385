// Tuples with named fields: the attrtuple of sys.implementation (py/objattrtuple.c) and namedtuple
// instances (py/objnamedtuple.c). Both are tuple objects of another type: every tuple operation
// works on them, their fields read as attributes, and none can be set.

import { staticQstrIndex } from "../../bytecode/qstr-static.js";
import { ATTRIBUTE_ERROR, pyErr } from "./exceptions.js";
import { OBJECT, PyTuple, PyType, type Value } from "./value.js";

/** The attrtuple type: named "tuple" but not a subclass of it (isinstance(t, tuple) is False). */
export const ATTRTUPLE = new PyType("tuple", [OBJECT]);

export class PyAttrTuple extends PyTuple {
  constructor(
    private readonly cls: PyType,
    readonly fields: readonly string[],
    items: Value[],
  ) {
    super(items);
  }
  override get type(): PyType {
    return this.cls;
  }
  getAttr(name: string): Value {
    const i = this.fields.indexOf(name);
    return i < 0 ? undefined : this.items[i];
  }
  setAttr(name: string): void {
    // An attrtuple has no store at all; a namedtuple gives namedtuple_attr's own message.
    if (this.cls === ATTRTUPLE) throw pyErr(ATTRIBUTE_ERROR, `'tuple' object has no attribute '${name}'`);
    throw pyErr(ATTRIBUTE_ERROR, "can't set attribute");
  }
  delAttr(name: string): void {
    this.setAttr(name);
  }
  /** A namedtuple's type is MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE (it can equal a tuple); the attrtuple's is not. */
  get checksOtherType(): boolean {
    return this.cls !== ATTRTUPLE;
  }
  /**
   * dir(): __class__ and the fields, in qstr order as mp_builtin_dir finds them: the static qstrs
   * first, then the firmware's (sorted, as the attrtuple's fields all are), then the names made at
   * run time (a namedtuple's other fields, made in field order).
   */
  dirNames(): string[] {
    const stat = this.fields.filter((f) => staticQstrIndex(f) !== undefined).sort((x, y) => staticQstrIndex(x)! - staticQstrIndex(y)!);
    const rest = this.fields.filter((f) => staticQstrIndex(f) === undefined);
    if (!this.checksOtherType) rest.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    return ["__class__", ...new Set([...stat, ...rest])];
  }
}

/** An attrtuple with the given fields, in order. */
export function attrTuple(values: Record<string, Value>): PyAttrTuple {
  return new PyAttrTuple(ATTRTUPLE, Object.keys(values), Object.values(values));
}
