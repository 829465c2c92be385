// The syntax tree the parser gives and the code generator takes. Node kinds and fields follow
// CPython's `ast` module; the differences are MicroPython's: the parser has already folded
// integer constants and `const()` names (py/parse.c), f-strings arrive as `str.format` calls
// (py/lexer.c), and adjacent string literals are already joined.
//
// Positions are source offsets (UTF-16 code units into the source string); lines and columns
// are computed from them only when needed (see compiler/front/source.ts).

export interface Node {
  /** Offset of the node's first token: the position MicroPython records for its parse node. */
  readonly start: number;
  /** Offset just past the node's last token. */
  readonly end: number;
}

// ---- Constants -------------------------------------------------------------------------------

export type ConstValue =
  | { readonly type: "none" }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "ellipsis" }
  /**
   * Any int; the code generator decides between small int and constant object. `boxed`: an int
   * object that stays one whatever its value (see fold.ts foldUnary).
   */
  | { readonly type: "int"; readonly value: bigint; readonly boxed?: boolean }
  /** `shared`: the one object behind a module constant such as math.nan (equal to itself only by identity). */
  | { readonly type: "float"; readonly value: number; readonly shared?: string }
  /** An imaginary literal `2j`; real part is always 0 in source. */
  | { readonly type: "complex"; readonly imag: number }
  | { readonly type: "str"; readonly value: string }
  | { readonly type: "bytes"; readonly value: Uint8Array }
  /** A tuple of constants, built by the parser (py/parse.c MICROPY_COMP_CONST_TUPLE). */
  | { readonly type: "tuple"; readonly items: readonly ConstValue[] };

// ---- Module and statements -------------------------------------------------------------------

export interface Module extends Node {
  readonly kind: "Module";
  readonly body: readonly Stmt[];
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Node {
  readonly kind: "FunctionDef";
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  /** Decorators in source order (applied last to first). */
  readonly decorators: readonly Expr[];
  readonly returns: Expr | null;
  readonly isAsync: boolean;
  /** Offset of the `def` keyword (after decorators). */
  readonly defStart: number;
}

export interface ClassDef extends Node {
  readonly kind: "ClassDef";
  readonly name: string;
  /** Positional arguments and keywords of the class line, exactly as a call's. */
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
  readonly classStart: number;
  /** As on Call: an out-of-order argument, and the source order when a `*x` follows a keyword. */
  readonly misplaced?: ArgOrderError;
  readonly order?: readonly ("a" | "k")[];
}

export interface Return extends Node {
  readonly kind: "Return";
  readonly value: Expr | null;
}

export interface Delete extends Node {
  readonly kind: "Delete";
  readonly targets: readonly Expr[];
}

/** `a = b = value`: targets in source order. */
export interface Assign extends Node {
  readonly kind: "Assign";
  readonly targets: readonly Expr[];
  readonly value: Expr;
}

export type AugOperator =
  | "+=" | "-=" | "*=" | "@=" | "/=" | "//=" | "%=" | "**=" | ">>=" | "<<=" | "&=" | "^=" | "|=";

export interface AugAssign extends Node {
  readonly kind: "AugAssign";
  readonly target: Expr;
  readonly op: AugOperator;
  readonly value: Expr;
}

/** `x: int` or `x: int = value`. */
export interface AnnAssign extends Node {
  readonly kind: "AnnAssign";
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
}

export interface For extends Node {
  readonly kind: "For";
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly isAsync: boolean;
}

export interface While extends Node {
  readonly kind: "While";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

/** `elif` chains are nested `If` nodes in `orelse`, each with its own start. */
export interface If extends Node {
  readonly kind: "If";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  /** True when this node came from an `elif` clause. */
  readonly isElif: boolean;
}

export interface WithItem extends Node {
  readonly contextExpr: Expr;
  readonly optionalVars: Expr | null;
}

export interface With extends Node {
  readonly kind: "With";
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly isAsync: boolean;
}

export interface Raise extends Node {
  readonly kind: "Raise";
  readonly exc: Expr | null;
  readonly cause: Expr | null;
}

export interface ExceptHandler extends Node {
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}

export interface Try extends Node {
  readonly kind: "Try";
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}

export interface Assert extends Node {
  readonly kind: "Assert";
  readonly test: Expr;
  readonly msg: Expr | null;
}

export interface Alias extends Node {
  /** Dotted name as written, e.g. "a.b.c"; "*" for `from m import *`. */
  readonly name: string;
  readonly asname: string | null;
}

export interface Import extends Node {
  readonly kind: "Import";
  readonly names: readonly Alias[];
}

export interface ImportFrom extends Node {
  readonly kind: "ImportFrom";
  /** Null for `from . import x`. */
  readonly module: string | null;
  readonly names: readonly Alias[];
  /** Number of leading dots. */
  readonly level: number;
}

export interface Global extends Node {
  readonly kind: "Global";
  readonly names: readonly string[];
}

export interface Nonlocal extends Node {
  readonly kind: "Nonlocal";
  readonly names: readonly string[];
}

/** An expression used as a statement (CPython's `Expr`). */
export interface ExprStmt extends Node {
  readonly kind: "Expr";
  readonly value: Expr;
}

export interface Pass extends Node {
  readonly kind: "Pass";
  /** True where the parser removed a `_NAME = const(...)` assignment. */
  readonly fromConst?: boolean;
}
export interface Break extends Node {
  readonly kind: "Break";
}
export interface Continue extends Node {
  readonly kind: "Continue";
}

// ---- Function arguments ----------------------------------------------------------------------

export interface Arg extends Node {
  readonly arg: string;
  readonly annotation: Expr | null;
}

export interface Arguments {
  /** Positional parameters (MicroPython has no positional-only marker). */
  readonly args: readonly Arg[];
  /** Defaults for the last `defaults.length` positional parameters. */
  readonly defaults: readonly Expr[];
  readonly vararg: Arg | null;
  /** True for a bare `*` separating keyword-only parameters. */
  readonly bareStar: boolean;
  readonly kwonlyargs: readonly Arg[];
  /** One per kwonly arg, null where it has no default. */
  readonly kwDefaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  /** A positional parameter without a default after one with a default (rejected when compiling). */
  readonly defaultGap?: Arg;
  /** A second `*` parameter (rejected when the function is compiled). */
  readonly secondStar?: Arg;
}

// ---- Expressions -----------------------------------------------------------------------------

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | DictExpr
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | ListExpr
  | TupleExpr
  | Slice;

export interface BoolOp extends Node {
  readonly kind: "BoolOp";
  readonly op: "and" | "or";
  readonly values: readonly Expr[];
}

export interface NamedExpr extends Node {
  readonly kind: "NamedExpr";
  /** Any expression: the compiler says "can't assign to expression" unless it is a Name. */
  readonly target: Expr;
  readonly value: Expr;
}

export type Operator = "+" | "-" | "*" | "@" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&";

/** Chains such as `a + b - c` are left-nested, as CPython builds them. */
export interface BinOp extends Node {
  readonly kind: "BinOp";
  readonly left: Expr;
  readonly op: Operator;
  readonly right: Expr;
}

export interface UnaryOp extends Node {
  readonly kind: "UnaryOp";
  readonly op: "not" | "-" | "+" | "~";
  readonly operand: Expr;
}

export interface Lambda extends Node {
  readonly kind: "Lambda";
  readonly args: Arguments;
  readonly body: Expr;
}

export interface IfExp extends Node {
  readonly kind: "IfExp";
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
}

/** `{k: v, **m}`: a null key marks a `**m` entry. */
export interface DictExpr extends Node {
  readonly kind: "Dict";
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
  /** Set when a plain value appears among key:value items, which MicroPython rejects when compiling. */
  readonly badItem?: boolean;
}

export interface SetExpr extends Node {
  readonly kind: "Set";
  readonly elts: readonly Expr[];
  /**
   * The value of the first `key: value` item after the set's first value: py/grammar.h parses it,
   * the compiler says "expecting just a value for set" once it has compiled it. Its key is the last
   * of `elts`; later items are left out.
   */
  readonly badValue?: Expr;
}

export interface Comprehension extends Node {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  readonly isAsync: boolean;
}

export interface ListComp extends Node {
  readonly kind: "ListComp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}

export interface SetComp extends Node {
  readonly kind: "SetComp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}

export interface DictComp extends Node {
  readonly kind: "DictComp";
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}

export interface GeneratorExp extends Node {
  readonly kind: "GeneratorExp";
  /** Written as a bare call argument, `f(x for x in y)`, without its own parentheses. */
  readonly bare?: boolean;
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}

export interface Await extends Node {
  readonly kind: "Await";
  readonly value: Expr;
}

export interface Yield extends Node {
  readonly kind: "Yield";
  readonly value: Expr | null;
}

export interface YieldFrom extends Node {
  readonly kind: "YieldFrom";
  readonly value: Expr;
}

export type CmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

export interface Compare extends Node {
  readonly kind: "Compare";
  readonly left: Expr;
  readonly ops: readonly CmpOp[];
  readonly comparators: readonly Expr[];
}

export interface Keyword extends Node {
  /** Null for `**mapping`. */
  readonly arg: string | null;
  readonly value: Expr;
}

/** Arguments in source order; `*x` appear as Starred in `args`. */
export interface Call extends Node {
  readonly kind: "Call";
  readonly func: Expr;
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
  /** An argument out of order (e.g. positional after keyword): MicroPython rejects it when compiling. */
  readonly misplaced?: ArgOrderError;
  /** Offset of the `(` trailer, which MicroPython records as a parse node of its own. */
  readonly trailerStart?: number;
  /** Source order of arguments ("a" = next of args, "k" = next of keywords), set when a `*x` follows a keyword. */
  readonly order?: readonly ("a" | "k")[];
}

export interface ArgOrderError {
  readonly code: "positionalAfterKeyword" | "positionalAfterDoubleStar" | "starAfterDoubleStar" | "keywordLhsNotId";
  readonly start: number;
}

export interface Constant extends Node {
  readonly kind: "Constant";
  readonly value: ConstValue;
  /** Where MicroPython records the line of a folded tuple, when not at its first token. */
  readonly lineAt?: number;
  /** A use of a `const()` name: anything but a small int is loaded as a constant object. */
  readonly viaConst?: boolean;
  /** Made by folding an expression: MicroPython gives such a node no line (py/parse.c fold_constants). */
  readonly folded?: boolean;
}

export interface Attribute extends Node {
  readonly kind: "Attribute";
  readonly value: Expr;
  readonly attr: string;
  /** Offset of the `.` trailer. */
  readonly trailerStart?: number;
}

export interface Subscript extends Node {
  readonly kind: "Subscript";
  readonly value: Expr;
  readonly slice: Expr;
  /** Offset of the `[` trailer. */
  readonly trailerStart?: number;
}

export interface Starred extends Node {
  readonly kind: "Starred";
  readonly value: Expr;
}

export interface Name extends Node {
  readonly kind: "Name";
  readonly id: string;
}

export interface ListExpr extends Node {
  readonly kind: "List";
  readonly elts: readonly Expr[];
}

export interface TupleExpr extends Node {
  readonly kind: "Tuple";
  readonly elts: readonly Expr[];
  /** True when written with parentheses, e.g. `(a, b)`; false for a bare `a, b`. */
  readonly parenthesized: boolean;
}

export interface Slice extends Node {
  readonly kind: "Slice";
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}
