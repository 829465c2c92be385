// Runs of adjacent string literals holding an f-string -> one format string and a `.format(...)`
// call, as py/lexer.c rewrites them; the newlines that the injected arguments add are recorded
// (source.ts InjectedLines). Used by the lexer (lexer.ts) on each batch of tokens.

import { CompileError } from "./diagnostics.js";
import { type Insertion, InjectedLines } from "./source.js";
import type { FArg, LexOptions, Token, TokenKind } from "./token.js";

/**
 * A run of adjacent string literals containing an f-string becomes one format string and a
 * `.format(...)` call, as py/lexer.c builds it. Tokens come in batches that do not end inside a run.
 */
export class FStringJoiner {
  readonly nested: string[] = [];
  private readonly insertions: Insertion[] = [];
  readonly injected = new InjectedLines(this.insertions);
  /** Newlines inserted so far, by which later tokens move. */
  private shift = 0;

  /**
   * `lexArgument` lexes the text of a nested f-string's argument (the lexer's own, passed in so
   * that this file needs nothing of the lexer but its token types).
   */
  constructor(
    private readonly inArgument: boolean,
    private readonly lexArgument: (text: string, options: LexOptions, start: number) => FArg,
  ) {}

  join(toks: Token[]): Token[] {
    return this.joins(toks, 0) ? this.joinRuns(toks) : toks;
  }

  /** Whether join changes `toks` from `from` on: they hold an f-string, or earlier ones moved them. */
  joins(toks: readonly Token[], from: number): boolean {
    if (this.shift !== 0) return true;
    for (let k = from; k < toks.length; k++) if (toks[k]!.kind === "fstring") return true;
    return false;
  }

  private joinRuns(toks: Token[]): Token[] {
    const out: Token[] = [];
    const nested = this.nested;
    const insertions = this.insertions;
    const inArgument = this.inArgument;
    let shift = this.shift;
    const moved = (t: Token): Token =>
      shift === 0 ? t : { ...t, start: t.start + shift, end: t.end + shift, ...(t.more?.error ? { more: { error: t.more.error.at(t.more.error.offset + shift) } } : {}) };
    for (let i = 0; i < toks.length; ) {
      const t = toks[i]!;
      if (t.kind !== "string" && t.kind !== "fstring") {
        out.push(moved(t));
        i++;
        continue;
      }
      let j = i;
      while (j < toks.length && (toks[j]!.kind === "string" || toks[j]!.kind === "fstring")) j++;
      const run = toks.slice(i, j);
      i = j;
      // A literal of the run that failed (Lexer.inStringRun) makes the whole run that error token.
      const next = toks[i];
      if (next?.kind === "error" && next.start <= run[0]!.start) continue;
      if (!run.some((r) => r.kind === "fstring")) {
        for (const r of run) out.push(moved(r));
        continue;
      }
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      // Plain parts are joined as they are, braces unescaped, as py/lexer.c does (so "a{}" f"{x}"
      // formats two fields: a MicroPython difference from CPython).
      const text = run.map((r) => r.text).join("");
      out.push(moved({ kind: "string", text, start, end }));
      const args = run.flatMap((r) => r.more?.fargs ?? []);
      if (inArgument) {
        // An f-string inside an f-string's argument: py/lexer.c, already injecting the outer
        // arguments, takes it for a continuation of the outer literal, so its own arguments are
        // appended to the outer injected text (after the outer `.format(...)`), each as `(x),`.
        for (const a of args) nested.push(a.text);
        continue;
      }
      // py/lexer.c injects `.format(...)` once it has read the token after the literals, so the
      // injected tokens carry that token's position (and line); each newline inside the arguments
      // advances its line counter again, for them and for everything after.
      const pos = toks[i]?.start ?? end;
      const at = (kind: TokenKind, txt: string, nl = 0): Token => ({ kind, text: txt, start: pos + shift + nl, end: pos + shift + nl });
      out.push(at("op", "."), at("name", "format"), at("op", "("));
      let seen = 0;
      const emit = (a: FArg) => {
        for (const x of a.toks) {
          const { nl, ...tok } = x;
          const o = pos + shift + seen + nl;
          out.push(tok.kind === "error" ? { ...tok, start: o, end: o, more: { error: new CompileError("invalidSyntax", o) } } : { ...tok, start: o, end: o });
        }
        seen += a.newlines;
      };
      args.forEach((a, n) => {
        if (n > 0) out.push(at("op", ",", seen));
        emit(a);
      });
      out.push(at("op", ")", seen));
      // Arguments of nested f-strings, in the order py/lexer.c appends them: each level's after all
      // of the level before, since they are met only when the appended text is injected in turn.
      const queue = args.flatMap((a) => a.nested);
      for (let q = 0; q < queue.length; q++) {
        const a = this.lexArgument(queue[q]!, run[0]!.more!.options!, start);
        emit(a);
        out.push(at("op", ",", seen));
        queue.push(...a.nested);
      }
      if (seen > 0) {
        insertions.push({ at: pos, count: seen });
        shift += seen;
      }
    }
    this.shift = shift;
    return out;
  }
}
