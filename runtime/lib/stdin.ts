// Standard input for a run: the host's string, or a function asked for more each time the program
// has read everything, turned into the bytes sys.stdin reads and the lines input() returns (the unix
// port's stdin, read through its console; a board reads its UART REPL the same way).

import { joinBytes } from "../../bytecode/join-bytes.js";

/** Text or bytes, or a function giving the next piece of input (null or undefined: the end). */
export type StdinSource = string | Uint8Array | (() => string | Uint8Array | null | undefined);

export class StdinReader {
  private buf = new Uint8Array(0);
  private pos = 0;
  private ended = false;
  private readonly encoder = new TextEncoder();
  constructor(private readonly source: StdinSource) {
    if (typeof source !== "function") {
      this.buf = typeof source === "string" ? this.encoder.encode(source) : source.slice();
      this.ended = true;
    }
  }

  /** Fills the buffer when it is empty; false at the end of input. */
  private fill(): boolean {
    while (this.pos >= this.buf.length) {
      if (this.ended || typeof this.source !== "function") return false;
      const next = this.source();
      if (next === null || next === undefined) {
        this.ended = true;
        return false;
      }
      this.buf = next instanceof Uint8Array ? next.slice() : this.encoder.encode(String(next));
      this.pos = 0;
    }
    return true;
  }

  /** Up to `into.length` bytes (at least one unless input has ended); 0 at the end. */
  read(into: Uint8Array): number {
    if (into.length === 0 || !this.fill()) return 0;
    const n = Math.min(into.length, this.buf.length - this.pos);
    into.set(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return n;
  }

  /** One line's bytes with its newline (without one at the end of input); null when nothing is left. */
  readLine(): Uint8Array | null {
    const parts: Uint8Array[] = [];
    while (this.fill()) {
      const nl = this.buf.indexOf(10, this.pos);
      const end = nl < 0 ? this.buf.length : nl + 1;
      parts.push(this.buf.slice(this.pos, end));
      this.pos = end;
      if (nl >= 0) break;
    }
    if (parts.length === 0) return null;
    return joinBytes(parts);
  }
}
