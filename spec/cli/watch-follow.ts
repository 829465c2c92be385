// Follows a running `mpyc build --watch` through its standard error: how many builds have ended (each
// ends with the "watching ... for changes" line) and their summary lines. Test and bench support.

import type { ChildProcessWithoutNullStreams } from "node:child_process";

export interface WatchFollower {
  /** Resolves once the watch's `n`th build has ended; gives that build's summary line. */
  built(n: number): Promise<string>;
  /** Builds ended so far. */
  count(): number;
  /** All the watch has printed on standard error so far. */
  text(): string;
}

export function followWatch(child: Pick<ChildProcessWithoutNullStreams, "stderr">): WatchFollower {
  let stderr = "";
  let waiting: { n: number; resolve: () => void } | null = null;
  const count = () => stderr.split(" for changes (Ctrl-C ends)\n").length - 1;
  const summary = (n: number) => stderr.split("\n").filter((l) => / files in .*: \d+ compiled/.test(l))[n - 1]!;
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    if (waiting && count() >= waiting.n) waiting.resolve();
  });
  return {
    built: async (n) => {
      if (count() < n) await new Promise<void>((resolve) => (waiting = { n, resolve }));
      return summary(n);
    },
    count,
    text: () => stderr,
  };
}
