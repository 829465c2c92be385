// Port-specific outputs, judged as MicroPython's tests/run-tests.py judges them: a few tests print
// numbers, addresses or lists that differ from port to port (mem_info, help('modules')), so their
// .exp files are patterns. Each .exp line is a regular expression in which the usual special
// characters are literal unless backslashed, and a line "########" stands for any run of lines.

/** The tests MicroPython compares against their .exp as patterns (run-tests.py's own list). */
export const PATTERN_TESTS: ReadonlySet<string> = new Set(["micropython/meminfo.py", "basics/bytes_compare3.py", "basics/builtin_help.py", "misc/sys_settrace_cov.py"]);

const ANY_LINES = "########";
const SPECIAL = new Set(["(", ")", "[", "]", "{", "}", ".", "*", "+", "^", "$"]);

/** An .exp line as a regular expression: specials literal, a backslash makes the next character regex syntax. */
function lineRegex(line: string): RegExp {
  let src = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "\\" && i + 1 < line.length) src += line[++i]!;
    else if (SPECIAL.has(c)) src += "\\" + c;
    else src += c;
  }
  return new RegExp(`^${src}\\r*$`);
}

/** True when `output` fits the pattern .exp text `exp`. */
export function matchesPattern(exp: string, output: string): boolean {
  const want = exp.split("\n");
  if (want[want.length - 1] === "") want.pop();
  const got = output.split("\n");
  if (got[got.length - 1] === "") got.pop();
  let g = 0;
  for (let w = 0; w < want.length; w++) {
    if (want[w] === ANY_LINES) {
      // Skip to the first line the next pattern line accepts (the end of the .exp accepts nothing more).
      const next = want[w + 1];
      if (next === undefined) return true;
      const re = lineRegex(next);
      while (g < got.length && !re.test(got[g]!)) g++;
      if (g >= got.length) return false;
      continue;
    }
    if (g >= got.length || !lineRegex(want[w]!).test(got[g]!)) return false;
    g++;
  }
  return g === got.length;
}
