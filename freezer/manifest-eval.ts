// Runs a manifest.py (the Python subset real manifests use: calls with positional and keyword
// arguments, literals, names, attributes, + on strings and lists, if/elif/else, for, assignment)
// over the compiler's syntax tree, with the manifest functions supplied by the caller. What
// tools/manifestfile.py does with exec(); no host Python, no file system here.

import type * as A from "../compiler/ast.js";
import { CompileError } from "../compiler/diagnostics.js";
import { parse } from "../compiler/parser.js";
import { LineMap } from "../compiler/source.js";
import { stringToBytes } from "../compiler/bytestr.js";

export type Value = string | number | boolean | null | readonly Value[] | HostFunction | HostObject;

/** A function a manifest may call, with Python's positional and keyword arguments. */
export class HostFunction {
  constructor(
    readonly name: string,
    readonly call: (args: readonly Value[], kwargs: ReadonlyMap<string, Value>) => Value,
  ) {}
}

/** An object whose attributes a manifest may read (such as `options`). */
export class HostObject {
  constructor(
    readonly typeName: string,
    readonly attr: (name: string) => Value | undefined,
  ) {}
}

/** An error in a manifest; `where` ("FILE:LINE") is filled in by the run that meets it. */
export class ManifestError extends Error {
  constructor(
    message: string,
    public where: string | null = null,
  ) {
    super(message);
  }
  override toString(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}

const utf8 = new TextDecoder();
const text = (byteString: string) => utf8.decode(stringToBytes(byteString));

function typeName(v: Value): string {
  if (v === null) return "NoneType";
  if (typeof v === "string") return "str";
  if (typeof v === "number") return "int";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "list";
  if (v instanceof HostFunction) return "function";
  return (v as HostObject).typeName;
}

function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof HostFunction || v instanceof HostObject) return true;
  return v !== null && v !== false && v !== 0 && v !== "";
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  return a === b;
}

function constant(c: A.ConstValue): Value {
  switch (c.type) {
    case "none":
      return null;
    case "bool":
      return c.value;
    case "int":
      return Number(c.value);
    case "str":
      return text(c.value);
    case "tuple":
      return c.items.map(constant);
    default:
      throw new ManifestError(`${c.type} constants are not supported in a manifest`);
  }
}

class Evaluator {
  constructor(private readonly globals: Map<string, Value>) {}

  expr(e: A.Expr): Value {
    switch (e.kind) {
      case "Constant":
        return constant(e.value);
      case "Name": {
        const v = this.globals.get(e.id);
        if (v === undefined) throw new ManifestError(`name '${text(e.id)}' isn't defined`);
        return v;
      }
      case "Tuple":
      case "List":
        return e.elts.map((x) => this.expr(x));
      case "Attribute": {
        const obj = this.expr(e.value);
        const v = obj instanceof HostObject ? obj.attr(text(e.attr)) : undefined;
        if (v === undefined) throw new ManifestError(`'${typeName(obj)}' object has no attribute '${text(e.attr)}'`);
        return v;
      }
      case "Call":
        return this.call(e);
      case "BinOp": {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        if (e.op === "+" && typeof l === "string" && typeof r === "string") return l + r;
        if (e.op === "+" && Array.isArray(l) && Array.isArray(r)) return [...l, ...r];
        if (typeof l === "number" && typeof r === "number" && (e.op === "+" || e.op === "-")) return e.op === "+" ? l + r : l - r;
        throw new ManifestError(`unsupported operation: ${typeName(l)} ${e.op} ${typeName(r)}`);
      }
      case "BoolOp": {
        let v: Value = null;
        for (const x of e.values) {
          v = this.expr(x);
          if (truthy(v) === (e.op === "or")) return v;
        }
        return v;
      }
      case "UnaryOp":
        if (e.op === "not") return !truthy(this.expr(e.operand));
        break;
      case "Compare": {
        let left = this.expr(e.left);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.expr(e.comparators[i]!);
          if (!this.compare(e.ops[i]!, left, right)) return false;
          left = right;
        }
        return true;
      }
      case "IfExp":
        return truthy(this.expr(e.test)) ? this.expr(e.body) : this.expr(e.orelse);
    }
    throw new ManifestError(`${e.kind} expressions are not supported in a manifest`);
  }

  private compare(op: A.CmpOp, l: Value, r: Value): boolean {
    switch (op) {
      case "==":
      case "is":
        return equal(l, r);
      case "!=":
      case "is not":
        return !equal(l, r);
      case "in":
      case "not in": {
        const found = typeof r === "string" && typeof l === "string" ? r.includes(l) : Array.isArray(r) ? r.some((x) => equal(x, l)) : null;
        if (found === null) throw new ManifestError(`'in' needs a str or a list, not ${typeName(r)}`);
        return op === "in" ? found : !found;
      }
      default: {
        const ordered = (typeof l === "number" && typeof r === "number") || (typeof l === "string" && typeof r === "string");
        if (!ordered) throw new ManifestError(`'${op}' isn't supported between ${typeName(l)} and ${typeName(r)}`);
        return op === "<" ? l < r : op === "<=" ? l <= r : op === ">" ? l > r : l >= r;
      }
    }
  }

  private call(e: A.Call): Value {
    const f = this.expr(e.func);
    if (!(f instanceof HostFunction)) throw new ManifestError(`'${typeName(f)}' object isn't callable`);
    const args: Value[] = [];
    for (const a of e.args) {
      if (a.kind === "Starred") throw new ManifestError("*args are not supported in a manifest");
      args.push(this.expr(a));
    }
    const kwargs = new Map<string, Value>();
    for (const k of e.keywords) {
      if (k.arg === null) throw new ManifestError("**kwargs are not supported in a manifest");
      kwargs.set(text(k.arg), this.expr(k.value));
    }
    return f.call(args, kwargs);
  }

  stmts(body: readonly A.Stmt[], lines: LineMap, file: string): void {
    for (const s of body) {
      try {
        this.stmt(s, lines, file);
      } catch (e) {
        if (e instanceof ManifestError && e.where === null) e.where = `${file}:${lines.line(s.start)}`;
        throw e;
      }
    }
  }

  private stmt(s: A.Stmt, lines: LineMap, file: string): void {
    switch (s.kind) {
      case "Expr":
        this.expr(s.value);
        return;
      case "Pass":
        return;
      case "Assign": {
        const v = this.expr(s.value);
        for (const t of s.targets) {
          if (t.kind !== "Name") throw new ManifestError("only names can be assigned to in a manifest");
          this.globals.set(t.id, v);
        }
        return;
      }
      case "If":
        this.stmts(truthy(this.expr(s.test)) ? s.body : s.orelse, lines, file);
        return;
      case "For": {
        const items = this.expr(s.iter);
        if (!Array.isArray(items)) throw new ManifestError(`'${typeName(items)}' object isn't iterable`);
        if (s.target.kind !== "Name") throw new ManifestError("a for loop in a manifest assigns to a name");
        for (const item of items) {
          this.globals.set(s.target.id, item);
          this.stmts(s.body, lines, file);
        }
        this.stmts(s.orelse, lines, file);
        return;
      }
    }
    throw new ManifestError(`${s.kind} statements are not supported in a manifest`);
  }
}

/**
 * Runs manifest `source` (named `file` in errors) with `builtins` as its globals. Errors, the
 * caller's included, come back as ManifestError naming the file and line.
 */
export function runManifest(source: string, file: string, builtins: ReadonlyMap<string, Value>): void {
  const lines = new LineMap(source);
  let module: A.Module;
  try {
    module = parse(source, { optimize: 0, smallIntBits: 31 });
  } catch (e) {
    if (e instanceof CompileError) throw new ManifestError(`${e.kind}: ${e.message}`, `${file}:${lines.line(e.offset)}`);
    throw e;
  }
  const globals = new Map<string, Value>();
  for (const [k, v] of builtins) globals.set(k, v);
  new Evaluator(globals).stmts(module.body, lines, file);
}
