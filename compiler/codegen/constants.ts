// Constant values of the AST as the compiler sees them: the constant objects of the module's
// table (py/persistentcode.h kinds) and the constant tests compile.c folds (an empty tuple, a literal).

import type * as A from "../ast.js";
import type { ConstObject } from "../../bytecode/rawcode.js";

export function toConstObject(v: A.ConstValue, smallIntBits: number): ConstObject {
  switch (v.type) {
    case "none": return { kind: "none" };
    case "bool": return { kind: v.value ? "true" : "false" };
    case "ellipsis": return { kind: "ellipsis" };
    case "int": return { kind: "int", value: v.value };
    case "float": return v.shared ? { kind: "float", value: v.value, shared: v.shared } : { kind: "float", value: v.value };
    case "complex": return { kind: "complex", real: 0, imag: v.imag };
    case "str": return { kind: "str", value: v.value };
    case "bytes": return { kind: "bytes", value: v.value };
    case "tuple": return { kind: "tuple", items: v.items.map((i) => toConstObject(i, smallIntBits)) };
  }
}

/** The value of an expression compile.c treats as a constant in a test: a literal or `()`. */
export function constValueOf(e: A.Expr): A.ConstValue | null {
  if (e.kind === "Constant") return e.value;
  if (e.kind === "Tuple" && e.parenthesized && e.elts.length === 0) return { type: "tuple", items: [] };
  return null;
}

/** `a.b.c` as its names, or null if `e` is not a dotted name. */
export function flattenDotted(e: A.Expr): A.Name[] | null {
  const out: A.Name[] = [];
  let cur = e;
  const attrs: A.Attribute[] = [];
  while (cur.kind === "Attribute") {
    attrs.unshift(cur);
    cur = cur.value;
  }
  if (cur.kind !== "Name") return null;
  out.push(cur);
  for (const a of attrs) out.push({ kind: "Name", id: a.attr, start: a.end - a.attr.length, end: a.end });
  return out;
}
