// Every error the compiler reports to a user, in one table: its kind and the message text that
// mpy-cross v1.27.0 prints (py/lexer.c, py/parse.c, py/compile.c). A user error carries the
// source offset; its line is computed only when it is printed. Compiler bugs are InternalError.

export type ErrorKind = "SyntaxError" | "IndentationError" | "NotImplementedError" | "MemoryError" | "ValueError" | "RuntimeError" | "OSError" | "ViperTypeError";

interface DiagnosticDef {
  readonly kind: ErrorKind;
  readonly message: string;
}

function d(kind: ErrorKind, message: string): DiagnosticDef {
  return { kind, message };
}

export const Diagnostics = {
  // Lexer and parser (py/parse.c mp_parse, py/lexer.c).
  invalidSyntax: d("SyntaxError", "invalid syntax"),
  unexpectedIndent: d("IndentationError", "unexpected indent"),
  unindentMismatch: d("IndentationError", "unindent doesn't match any outer indent level"),
  malformedFString: d("SyntaxError", "malformed f-string"),
  notAConstant: d("SyntaxError", "not a constant"),
  /** Message filled in with the text and base, as mp_parse_num_integer/mp_parse_num_float word it. */
  invalidNumber: d("SyntaxError", "invalid syntax for number"),
  unicodeNameEscapes: d("NotImplementedError", "unicode name escapes"),
  // Compiler (py/compile.c compile_syntax_error and friends).
  cantAssignExpression: d("SyntaxError", "can't assign to expression"),
  cantDeleteExpression: d("SyntaxError", "can't delete expression"),
  multipleStarredAssign: d("SyntaxError", "multiple *x in assignment"),
  starMustBeTarget: d("SyntaxError", "*x must be assignment target"),
  returnOutsideFunction: d("SyntaxError", "'return' outside function"),
  yieldOutsideFunction: d("SyntaxError", "'yield' outside function"),
  awaitOutsideFunction: d("SyntaxError", "'await' outside function"),
  asyncOutsideAsync: d("SyntaxError", "async for/with outside async function"),
  breakContinueOutsideLoop: d("SyntaxError", "'break'/'continue' outside loop"),
  importStarNotModule: d("SyntaxError", "import * not at module level"),
  noBindingForNonlocal: d("SyntaxError", "no binding for nonlocal found"),
  nonlocalAtModule: d("SyntaxError", "can't declare nonlocal in outer code"),
  redefinedAsGlobal: d("SyntaxError", "identifier redefined as global"),
  redefinedAsNonlocal: d("SyntaxError", "identifier redefined as nonlocal"),
  argumentNameReused: d("SyntaxError", "argument name reused"),
  nonDefaultAfterDefault: d("SyntaxError", "non-default argument follows default argument"),
  positionalAfterKeyword: d("SyntaxError", "positional arg after keyword arg"),
  positionalAfterDoubleStar: d("SyntaxError", "positional arg after **"),
  starAfterDoubleStar: d("SyntaxError", "* arg after **"),
  keywordLhsNotId: d("SyntaxError", "LHS of keyword arg must be an id"),
  defaultExceptNotLast: d("SyntaxError", "default 'except' must be last"),
  expectingKeyValue: d("SyntaxError", "expecting key:value for dict"),
  expectingValueForSet: d("SyntaxError", "expecting just a value for set"),
  superCantFindSelf: d("SyntaxError", "super() can't find self"),
  annotationNotIdentifier: d("SyntaxError", "annotation must be an identifier"),
  returnAnnotationNotIdentifier: d("SyntaxError", "return annotation must be an identifier"),
  invalidMicropythonDecorator: d("SyntaxError", "invalid micropython decorator"),
  tooManyArgs: d("SyntaxError", "too many args"),
  invalidArch: d("SyntaxError", "invalid arch"),
  bytecodeOverflow: d("RuntimeError", "bytecode overflow"),
  /** An identifier too long to intern (py/qstr.c: 255 bytes with one length byte). */
  nameTooLong: d("RuntimeError", "name too long"),
  // The native emitter (py/emitnative.c); a ViperTypeError's message is filled in.
  viperTypeError: d("ViperTypeError", "viper type error"),
  nativeYield: d("NotImplementedError", "native yield"),
  nativeCasting: d("NotImplementedError", "casting"),
  nativeConversion: d("NotImplementedError", "conversion to object"),
  nativeTooManyLocals: d("NotImplementedError", "too many locals for native method"),
  // Not in mpy-cross: ours, for inputs it mishandles or features we do not have.
  nestingTooDeep: d("MemoryError", "maximum recursion depth exceeded"),
  /**
   * A source whose compile would hold more memory than MEMORY_PER_SOURCE_BYTE times its size plus
   * a constant (compiler/front/budget.ts); mpy-cross, with its 2 MiB heap, refuses such
   * sources sooner, printing `MemoryError: ` and no traceback.
   */
  compileMemory: d("MemoryError", "memory allocation failed: compiling this source would need more than 10 bytes a source byte plus 128 MiB"),
  /**
   * py/scope.h keeps a scope's stack size in 16 bits: mpy-cross wraps a larger one and writes a
   * .mpy whose state array is too small (it corrupts memory when run). Refused instead.
   */
  stackTooLarge: d("RuntimeError", "code needs a stack of more than 65535 entries"),
  tooManyCells: d("RuntimeError", "a closed-over variable's local number passes 255"),
  nativeNotSupported: d("NotImplementedError", "native code emitters are not supported yet"),
  /** Message filled in by the inline assembler (py/emitinline*.c). */
  inlineAsm: d("SyntaxError", "inline assembler error"),
  /** Raised by the Xtensa assembler itself (py/asmxtensa.c), printed without a traceback. */
  inlineAsmXtensaRange: d("RuntimeError", "ERROR: xtensa instruction out of range"),
  /** mpy-cross fails to allocate the machine code (its GC heap is 2 MiB); printed without a traceback. */
  inlineAsmMemory: d("MemoryError", "memory allocation failed"),
  inlineAsmAlignZero: d("SyntaxError", "'align' needs a positive argument (mpy-cross writes over the code for align(0))"),
  inlineAsmNotFunction: d("SyntaxError", "inline assembler must be a function"),
  inlineAsmNotInstruction: d("SyntaxError", "expecting an assembler instruction"),
  inlineAsmLabelArgs: d("SyntaxError", "'label' requires 1 argument"),
  inlineAsmLabelRedefined: d("SyntaxError", "label redefined"),
  inlineAsmAlignArgs: d("SyntaxError", "'align' requires 1 argument"),
  inlineAsmDataArgs: d("SyntaxError", "'data' requires at least 2 arguments"),
  inlineAsmDataInts: d("SyntaxError", "'data' requires integer arguments"),
  inlineAsmUnknownType: d("SyntaxError", "unknown type"),
  inlineAsmAnnotation: d("SyntaxError", "return annotation must be an identifier"),
  /** mpy-cross aborts on an assertion here (emitnative.c raise_varargs, n_args == 1). */
  nativeRaise: d("NotImplementedError", "native code can't re-raise: bare raise and raise ... from need bytecode"),
  /** mpy-cross truncates a native function's prelude offset to 16 bits (py/emitglue.h uint16_t prelude_offset). */
  nativeTooLarge: d("RuntimeError", "native function too large: its code passes 64 KiB"),
  /** mpy-cross aborts on an assertion (py/emitnative.c: vtype == VTYPE_PYOBJ) where viper code uses a native value as an object. */
  viperObjectExpected: d("NotImplementedError", "viper code uses a native value (int, uint, bool or pointer) where only an object can go"),
} as const satisfies Record<string, DiagnosticDef>;

export type DiagnosticCode = keyof typeof Diagnostics;

/** A user-facing compile error: kind and message as mpy-cross prints them, and where. */
export class CompileError extends Error {
  readonly kind: ErrorKind;
  readonly code: DiagnosticCode | "custom";
  /** Source offset the error is reported at (its line is what mpy-cross prints). */
  readonly offset: number;
  /** Name of the enclosing function, printed as ", in NAME" (null at module level). */
  readonly scopeName: string | null;

  constructor(code: DiagnosticCode, offset: number, scopeName: string | null = null, message?: string) {
    const def = Diagnostics[code];
    super(message ?? def.message);
    this.name = "CompileError";
    this.kind = def.kind;
    this.code = code;
    this.offset = offset;
    this.scopeName = scopeName;
  }

  /**
   * Lines MicroPython's lexer counted before the offset that are not in the source (newlines of
   * f-string arguments, counted twice): added to the offset's line when printed.
   */
  lineDelta = 0;

  /** The 1-based line mpy-cross reports, and the 0-based column of the offset in its line; compile() sets both (0 until then). */
  line = 0;
  column = 0;

  /** The same error reported at another offset (and extra lines). */
  at(offset: number, lineDelta = this.lineDelta): CompileError {
    const e = new CompileError(this.code as DiagnosticCode, offset, this.scopeName, this.message);
    e.lineDelta = lineDelta;
    return e;
  }
}

/** A bug in the compiler itself. Never shown as a SyntaxError. */
export class InternalError extends Error {
  constructor(message: string) {
    super(`internal compiler error: ${message}`);
    this.name = "InternalError";
  }
}
