// Maps source offsets to 1-based lines and 0-based columns, computed on demand.
// Line breaks are "\n", "\r\n" and "\r", as MicroPython's lexer counts them (py/lexer.c).

export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
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

  /** 0-based column of `offset` within its line. */
  column(offset: number): number {
    return offset - this.lineStarts[this.line(offset) - 1]!;
  }
}
