// Known bugs of our VM that the fuzzer finds again and again: each entry rewrites the lines it is
// about in both outputs the same way, and a case whose outputs then agree counts as that known
// difference instead of a failure (the summary prints how many). An entry goes once its bug is fixed.

export interface Known {
  readonly name: string;
  readonly reason: string;
  /** Rewrites one output line; lines it does not concern come back unchanged. */
  readonly normalise: (line: string) => string;
}

/** A float's repr: digits with a point or an exponent or both. */
const FLOAT_TEXT = /\b\d+(?:\.\d+)?e[-+]\d+\b|\b\d+\.\d+\b/g;

/**
 * A float text as repr writes it (no trailing zero in the fraction but ".0") becomes the text JavaScript
 * gives that double; fixed-precision text such as "1.50" stays as it is.
 */
function canonicalRepr(t: string): string {
  const fraction = t.replace(/e.*$/, "").split(".")[1] ?? "";
  return fraction === "0" || !fraction.endsWith("0") ? String(Number(t)) : t;
}

export const KNOWN_OURS: readonly Known[] = [
  {
    name: "float-repr-digits",
    reason:
      "repr picks the first 16-digit text that reads back, and which one that is depends on the long double the " +
      "port scales with (80-bit on the unix port and our VM, 128-bit on the WebAssembly VM): our VM prints 8.125e-07 " +
      "where the WebAssembly VM prints 8.124999999999999e-07, the same double (runtime/DIFFERENCES.md)",
    // Both texts read back to the same double; one that reads back to another double still differs.
    normalise: (line) => line.replace(FLOAT_TEXT, canonicalRepr),
  },
];

/** Stack of the threads that check cases. */
export const COMPILE_STACK_MB = 256;

/** Known disagreements with the VM's compiler on whether a source compiles, each with its reason. */
export const KNOWN_SYNTAX: readonly { readonly name: string; readonly reason: string; readonly matches: (src: string) => boolean }[] = [
  {
    name: "fstring-comment",
    reason:
      "a `#` in an f-string's argument: py/lexer.c injects the arguments as text, so the comment swallows " +
      "the rest of the injected `.format(...)` and the brackets stay open into the next lines; mpyc lexes " +
      "each argument apart and reports the syntax error on the f-string's own line, not where MicroPython " +
      "meets it",
    matches: (src) => /f(?:'[^'\n]*\{[^'}\n]*#|"[^"\n]*\{[^"}\n]*#)/.test(src),
  },
];

/** Thrown by a check whose case differs only as a known bug does. */
export class KnownDifference extends Error {
  constructor(readonly known: string) {
    super(`known difference ${known}`);
    this.name = "KnownDifference";
  }
}

/** The known difference that explains every difference between the outputs, if one does. */
export function knownDifference(known: readonly Known[], expected: string, actual: string): string | null {
  for (const k of known) {
    const norm = (s: string) => s.split("\n").map(k.normalise).join("\n");
    if (norm(expected) === norm(actual)) return k.name;
  }
  return null;
}
