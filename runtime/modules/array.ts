// The array module (py/modarray.c): the array type itself lives with the other built-in types
// (objects/array.ts); this is the module that names it.

import { ARRAY } from "../objects/array.js";
import type { Namespace, Value } from "../objects/value.js";

export function arrayNamespace(): Namespace {
  return new Map<string, Value>([["__name__", "array"], ["array", ARRAY]]);
}
