// Known bugs of our VM that the fuzzer finds again and again: each entry rewrites the lines it is
// about in both outputs the same way, and a case whose outputs then agree counts as that known
// difference instead of a failure (the summary prints how many). An entry goes once its bug is fixed.

export interface Known {
  readonly name: string;
  readonly reason: string;
  /** Rewrites one output line; lines it does not concern come back unchanged. */
  readonly normalise: (line: string) => string;
}

export const KNOWN_OURS: readonly Known[] = [];

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
