// Known bugs of our VM that the fuzzer finds again and again: each entry rewrites the lines it is
// about in both outputs the same way, and a case whose outputs then agree counts as that known
// difference instead of a failure (the summary prints how many). An entry goes once its bug is fixed.

export interface Known {
  readonly name: string;
  readonly reason: string;
  /** Rewrites one output line; lines it does not concern come back unchanged. */
  readonly normalise: (line: string) => string;
}

export const KNOWN_OURS: readonly Known[] = [
  {
    name: "int-error-utf8",
    reason: "int() of non-ASCII text: MicroPython's ValueError quotes the text as its UTF-8 bytes escaped (a bytes repr), our VM as a str repr (runtime/vm/builtins.ts)",
    normalise: (l) => l.replace(/(invalid syntax for integer with base \d+: )'(?=[^']*(?:\\{1,2}(?:x[89a-f][0-9a-f]|u[0-9a-f]{4}|U[0-9a-f]{8})|[^\x00-\x7f]))[^']*'/g, "$1'…'"),
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
