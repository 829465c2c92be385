// __build_class__ (py/modbuiltins.c): runs a class body as a function with the class namespace as
// its locals, then makes the class through the object layer's makeClass.

import { typeError } from "../objects/exceptions.js";
import { PyBuiltin, PyCell, PyType, type KwArgs, type Value } from "../objects/value.js";
import { BytecodeFunction, setupFrame } from "./code.js";
import { interp } from "./state.js";
import { makeClass } from "../objects/call.js";
import { ClassDict } from "../objects/class-dict.js";
import { runFrame } from "./interp.js";

export function buildClass(args: Value[], kw: KwArgs | null): Value {
  const [body, nameV, ...bases] = args;
  if (!(body instanceof BytecodeFunction)) throw typeError("__build_class__: func must be a function");
  const name = nameV as string;
  // __build_class__ takes no keyword arguments in MicroPython: `metaclass=` is not supported.
  if (kw && kw.length) throw typeError("function doesn't take keyword arguments");
  // mp_obj_new_dict(0), made before the body runs; the class keeps it.
  const ns = new ClassDict();
  const f = setupFrame(body, body.closure ? [...body.closure] : [], null);
  f.locals = ns;
  // As py/modbuiltins.c __build_class__: the class namespace becomes the current locals and is
  // put back only when the body returns; an exception leaves it current (MicroPython's behaviour).
  const old = interp.locals;
  interp.locals = ns;
  const cell = runFrame(f);
  interp.locals = old;
  const baseTypes = bases.map((b) => {
    if (!(b instanceof PyType)) throw typeError("type isn't an acceptable base type");
    return b;
  });
  const cls = makeClass(name, baseTypes, ns, null);
  if (cell instanceof PyCell) cell.v = cls;
  return cls;
}

export const BUILD_CLASS = new PyBuiltin("__build_class__", buildClass);
