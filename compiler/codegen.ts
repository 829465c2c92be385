// AST -> one symbolic code unit per scope (compiler/assemble.ts Instr lists), following the code
// shapes of MicroPython's py/compile.c. Like MicroPython it walks every scope twice: a scope pass
// that discovers scopes and identifiers, then a final pass with every name resolved, sending the
// code through an emitter (compiler/emit/). The parts live in compiler/codegen/.

import type * as A from "./ast.js";
import { Gen, type CodegenOptions } from "./codegen/gen.js";
import { runPasses } from "./codegen/scopes.js";
import type { Scope } from "./scope.js";

export type { CodegenOptions } from "./codegen/gen.js";
export { toConstObject } from "./codegen/constants.js";

/** Runs both passes over the module and returns the scopes in MicroPython's order. */
export function generateScopes(module: A.Module, options: CodegenOptions): Scope[] {
  return runPasses(new Gen(options), module);
}
