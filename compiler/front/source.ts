// Maps source offsets to 1-based lines and 0-based columns, computed on demand.
// Line breaks are "\n", "\r\n" and "\r", as MicroPython's lexer counts them (py/lexer.c).
// InjectedLines: the newlines its lexer counts that are not in the source (f-string arguments).

import type { CompileError } from "./diagnostics.js";

/** `count` newlines counted before the source character at `at`. */
export interface Insertion {
  readonly at: number;
  readonly count: number;
}

/**
 * Token offsets index the source with the injected newlines inserted, so that a LineMap of that
 * text gives py/lexer.c's lines; errors are taken back to source offsets plus extra lines.
 */
export class InjectedLines {
  constructor(readonly insertions: readonly Insertion[]) {}

  /** The source with the newlines inserted (the text token offsets index). */
  text(source: string): string {
    if (this.insertions.length === 0) return source;
    let out = "";
    let from = 0;
    for (const { at, count } of this.insertions) {
      out += source.slice(from, at) + "\n".repeat(count);
      from = at;
    }
    return out + source.slice(from);
  }

  /** An error at an offset of text(), as an error at a source offset with its extra lines. */
  toSource(e: CompileError): CompileError {
    if (this.insertions.length === 0) return e;
    let before = 0;
    for (const { at, count } of this.insertions) {
      const vstart = at + before;
      if (e.offset < vstart) break;
      if (e.offset < vstart + count) return e.at(at, e.lineDelta + before + (e.offset - vstart));
      before += count;
    }
    return e.at(e.offset - before, e.lineDelta + before);
  }
}

export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // Without a CR, line starts are found by indexOf, which scans in native code.
    if (text.indexOf("\r") < 0) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line of `offset`. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset where 1-based line `line` starts (Infinity past the last line). */
  lineStart(line: number): number {
    return line <= this.lineStarts.length ? this.lineStarts[line - 1]! : Infinity;
  }

  /** 0-based column of `offset` within its line. */
  column(offset: number): number {
    return offset - this.lineStarts[this.line(offset) - 1]!;
  }
}
