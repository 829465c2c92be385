// AST -> one symbolic code unit per scope (compiler/emit/code.ts), following the code
// shapes of MicroPython's py/compile.c. Like MicroPython it walks every scope twice: a scope pass
// that discovers scopes and identifiers, then a final pass with every name resolved, sending the
// code through an emitter (compiler/emit/). The parts live in compiler/codegen/.

import type * as A from "./front/ast.js";
import { Gen, type CodegenOptions } from "./codegen/gen.js";
import { runPasses } from "./codegen/scopes.js";
import type { Scope } from "./emit/scope.js";
import { CompileError } from "./front/diagnostics.js";

export type { CodegenOptions } from "./codegen/gen.js";
export { toConstObject } from "./codegen/constants.js";

/** Runs both passes over the module and returns the scopes in MicroPython's order. */
export function generateScopes(module: A.Module, options: CodegenOptions): Scope[] {
  const g = new Gen(options);
  try {
    return runPasses(g, module);
  } catch (e) {
    // Nesting deeper than this thread's stack: reported where the code generator had got to.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileError("nestingTooDeep", g.lastLineAt);
    throw e;
  }
}
