// Float and complex text on our VM against what MicroPython's unix port (v1.27.0, EXACT float
// formatting in long double) prints for the same source: py/formatfloat.c through %-formatting and
// str.format, printf flags, complex repr, and math/cmath special values and argument conversions.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";
import { parseComplexText, parseFloatText } from "../../../runtime/objects/format.js";

/** [what it checks, source, what the unix port prints]. */
const CASES: [string, string, string][] = [
  [
    "%e %f %g at every precision up to the buffer",
    `for v in (0.1, 1/3, 2/3, 1e23, 123456.789, 5e-324, 1.7976931348623157e308, 0.0, -0.0):
    print('%e|%.0e|%.25e|%f|%.20f|%.0f|%g|%.17g|%.30g' % (v, v, v, v, v, v, v, v, v))
`,
    `1.000000e-01|1e-01|1.000000000000000000000000e-01|0.100000|0.10000000000000000000|0|0.1|0.1|0.1
3.333333e-01|3e-01|3.333333333333333000000000e-01|0.333333|0.33333333333333330000|0|0.333333|0.3333333333333333|0.3333333333333333
6.666667e-01|7e-01|6.666666666666666000000000e-01|0.666667|0.66666666666666660000|1|0.666667|0.6666666666666666|0.6666666666666666
1.000000e+23|1e+23|1.000000000000000000000000e+23|100000000000000000000000.000000|1e+23|100000000000000000000000|1e+23|1e+23|100000000000000000000000
1.234568e+05|1e+05|1.234567890000000000000000e+05|123456.789000|123456.78900000000000000000|123457|123457|123456.789|123456.789
4.940656e-324|5e-324|4.940656458412465000000000e-324|0.000000|0.00000000000000000000|0|4.94066e-324|4.940656458412465e-324|4.940656458412465e-324
1.797693e+308|2e+308|1.797693134862315700000000e+308|1.797693e+308|1.7976931348623157e+308|2e+308|1.79769e+308|1.7976931348623157e+308|1.7976931348623157e+308
0.000000e+00|0e+00|0.000000000000000000000000e+00|0.000000|0.00000000000000000000|0|0|0|0
-0.000000e+00|-0e+00|-0.00000000000000000000000e+00|-0.000000|-0.00000000000000000000|-0|-0|-0|-0
`,
  ],
  [
    "half-way rounding, carries and 'g' switching to an exponent",
    `for v in (0.5, 1.5, 2.5, 9.9995, 0.125, 999999.5, 9999999.0, 0.0001, 0.00001234, 1e16, 123456789.0):
    print('%.0f %.1f %.3e %g %.3g %G %E' % (v, v, v, v, v, v, v))
`,
    `1 0.5 5.000e-01 0.5 0.5 0.5 5.000000E-01
2 1.5 1.500e+00 1.5 1.5 1.5 1.500000E+00
3 2.5 2.500e+00 2.5 2.5 2.5 2.500000E+00
10 10.0 9.999e+00 9.9995 10 9.9995 9.999500E+00
0 0.1 1.250e-01 0.125 0.125 0.125 1.250000E-01
1000000 999999.5 1.000e+06 1e+06 1e+06 1E+06 9.999995E+05
9999999 9999999.0 1.000e+07 1e+07 1e+07 1E+07 9.999999E+06
0 0.0 1.000e-04 0.0001 0.0001 0.0001 1.000000E-04
0 0.0 1.234e-05 1.234e-05 1.23e-05 1.234E-05 1.234000E-05
10000000000000000 10000000000000000.0 1.000e+16 1e+16 1e+16 1E+16 1.000000E+16
123456789 123456789.0 1.235e+08 1.23457e+08 1.23e+08 1.23457E+08 1.234568E+08
`,
  ],
  [
    "'f' too wide for the buffer becomes 'g'",
    `print('%f' % 1e30, '%.10f' % 1e25, '{:.3f}'.format(-1e40), '%.40f' % 1.5)
`,
    `1e+30 1e+25 -1e+40 1.50000000000000000000000000000
`,
  ],
  [
    "format specs: types, width, fill, alignment, sign, separators, percent",
    `for spec in ('', '10', '<10', '^9', '=+10', '010', '+010', ' ', '.3', '10.4n', 'n', ',', '_', '010,', '012_', '.2%', '10.1e', 'x^12.5g', '#g', '.0'):
    print(spec, '|' + ('{:' + spec + '}').format(1234.5678) + '|' + ('{:' + spec + '}').format(-0.00123) + '|')
`,
    ` |1234.5678|-0.00123|
10 |   1234.57|  -0.00123|
<10 |1234.57   |-0.00123  |
^9 | 1234.57 |-0.00123 |
=+10 |+  1234.57|-  0.00123|
010 |0001234.57|-000.00123|
+010 |+001234.57|-000.00123|
  | 1234.57|-0.00123|
.3 |1.23e+03|-0.00123|
10.4n |      1235|  -0.00123|
n |1234.57|-0.00123|
, |1234.57|-0.00123|
_ |1234.57|-0.00123|
010, |00,1234.57|-0,0.00123|
012_ |00_001234.57|-0_000.00123|
.2% |123456.78%|-0.12%|
10.1e |   1.2e+03|  -1.2e-03|
x^12.5g |xxx1234.6xxx|xx-0.00123xx|
#g |1234.57|-0.00123|
.0 |1e+03|-0.001|
`,
  ],
  [
    "printf flags on floats",
    `for f in ('%8.2f', '%-8.2f', '%08.2f', '%+08.2f', '% f', '%-08.1f', '%#g', '%+e', '%10G'):
    print(f, '|' + f % 3.14159 + '|' + f % -2.5 + '|')
`,
    `%8.2f |    3.14|   -2.50|
%-8.2f |3.14    |-2.50   |
%08.2f |00003.14|-0002.50|
%+08.2f |+0003.14|-0002.50|
% f | 3.141590|-2.500000|
%-08.1f |3.100000|-2.50000|
%#g |3.14159|-2.5|
%+e |+3.141590e+00|-2.500000e+00|
%10G |   3.14159|      -2.5|
`,
  ],
  [
    "inf and nan in every form",
    `for v in (float('inf'), float('-inf'), float('nan')):
    print('%f %E %g %+G %5.1f' % (v, v, v, v, v), '{:e} {:F} {:>8} {:=+8} {:%}'.format(v, v, v, v, v))
`,
    `inf INF inf +INF   inf inf INF      inf +    inf inf%
-inf -INF -inf -INF  -inf -inf -INF     -inf -    inf -inf%
nan NAN nan +NAN   nan nan NAN      nan +    nan nan%
`,
  ],
  [
    "ints through float types, and %d on floats and __int__",
    `class N:
    def __int__(self):
        return 42
print('{:e} {:.2f} {:%} {:g} {:G}'.format(12345, True, 3, 10**20, -7))
print('%d %i %u %x' % (3.99, -2.5, N(), N()))
`,
    `1.234500e+04 1.00 300.000000% 1e+20 -7
3 -2 42 2a
`,
  ],
  [
    "format errors",
    `for f, a in (('{:s}', 1), ('{:=}', 'a'), ('{:+s}', 'a'), ('{:+c}', 65), ('{:d}', 1.5), ('{:x}', 'a')):
    try:
        print(f.format(a))
    except ValueError as e:
        print('ValueError', e)
for f, a in (('%c', 'ab'), ('%c', 1.5), ('%x', 1.5), ('%d', 'a'), ('%f', 'a'), ('%s %s', 1)):
    try:
        print(f % a)
    except TypeError as e:
        print('TypeError', e)
`,
    `ValueError unknown format code 's' for object of type 'int'
ValueError '=' alignment not allowed in string format specifier
ValueError sign not allowed in string format specifier
ValueError sign not allowed with integer format specifier 'c'
ValueError unknown format code 'd' for object of type 'float'
ValueError unknown format code 'x' for object of type 'str'
TypeError %c needs int or char
TypeError integer needed
TypeError can't convert float to int
TypeError can't convert str to int
TypeError can't convert str to float
TypeError format string needs more arguments
`,
  ],
  [
    "bytes patterns",
    `print(b'%s|%r|%c|%5d|%-4s|%.2f' % (b'x', b'y', 65, 3, 'z', 1.5))
`,
    `b"x|b'y'|A|    3|z   |1.50"
`,
  ],
  [
    "complex repr",
    `print(complex(-0.0, 1), -(1+0j), 1e16j, 1.5 - 2.5e-10j, 1j * float('nan'), float('inf') * 1j, (1 + 1e-5j) * 3)
print(repr(complex(0, 1.5)), str(-1j), 123456789012345678j)
`,
    `1j (-1-0j) 1e+16j (1.5-2.5e-10j) (nan+nanj) (nan+infj) (3+3.0000000000000004e-05j)
1.5j -1j 1.2345678901234568e+17j
`,
  ],
  [
    "math and cmath take __float__ and __complex__",
    `import math, cmath
class F:
    def __float__(self):
        return 0.5
class C:
    def __complex__(self):
        return 1j
print(math.sqrt(F()), math.floor(F()), math.pow(F(), 2), '%.3f' % F())
print(cmath.phase(C()), cmath.phase(F()), cmath.sqrt(C()))
try:
    math.sqrt('a')
except TypeError as e:
    print('TypeError', e)
`,
    `0.7071067811865476 0 0.25 0.500
1.5707963267948966 0.0 (0.7071067811865476+0.7071067811865475j)
TypeError can't convert str to float
`,
  ],
  [
    "math special values",
    `import math
inf = float('inf')
nan = float('nan')
print(math.pow(1, nan), math.pow(nan, 0), math.pow(-1, inf), math.gamma(inf), math.lgamma(inf), math.lgamma(-inf))
print(math.modf(-100), math.modf(-1.5), math.modf(2), math.modf(-inf), math.modf(nan))
print(math.ceil(2**60 + 1), math.floor(-0.5), math.trunc(True))
for f in (math.gamma, math.lgamma, math.sqrt, math.log):
    for x in (-inf, -1.0, 0.0):
        try:
            print(f(x))
        except ValueError as e:
            print('ValueError', e)
`,
    `1.0 1.0 1.0 inf inf inf
(-0.0, -100.0) (-0.5, -1.0) (0.0, 2.0) (-0.0, -inf) (nan, nan)
1152921504606846976 -1 1
ValueError math domain error
ValueError math domain error
ValueError math domain error
inf
ValueError math domain error
ValueError math domain error
ValueError math domain error
ValueError math domain error
0.0
ValueError math domain error
ValueError math domain error
ValueError math domain error
`,
  ],
];

function run(source: string): string {
  const r = compile(source, { sourceName: "t.py" });
  if (!r.ok) throw r.error;
  const result = runMpy(r.mpy, { compile });
  return result.output;
}

describe("float and complex text as MicroPython prints it", () => {
  for (const [name, source, expected] of CASES) {
    it(name, () => {
      expect(run(source)).toBe(expected);
    });
  }
});

// py/parsenum.c's results for float() and complex() text (the unix port's answers).
describe("number text as mp_parse_num_decimal reads it", () => {
  const bits = (f: number) => {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, f);
    return v.getBigUint64(0).toString(16);
  };
  it("float text scales in long double: 1e126 is one ulp above JavaScript's", () => {
    expect(bits(parseFloatText("1e126"))).toBe("5a17a2ecc414a040");
    expect([" 1.5 ", "-infinity", "inf", ".", "1_0"].map(parseFloatText)).toEqual([1.5, -Infinity, Infinity, 0, 10]);
    expect(Number.isNaN(parseFloatText("nan"))).toBe(true);
    for (const bad of ["abc", "1e", "infx", "in", ""]) expect(() => parseFloatText(bad), bad).toThrow();
  });
  it("complex text: a real part, an imaginary part, or both", () => {
    const cases: [string, [number, number]][] = [
      ["j", [0, 1]],
      ["1.2j", [0, 1.2]],
      ["1+j", [1, 1]],
      [" -1-2j ", [-1, -2]],
      ["1e5j", [0, 1e5]],
      ["1.j", [0, 1]],
      ["nan-infj", [NaN, -Infinity]],
      ["2", [2, 0]],
    ];
    for (const [text, want] of cases) expect(parseComplexText(text), text).toEqual(want);
    for (const bad of ["1e", "1+", "1j+2", "(1+2j)", "1 + 2j"]) expect(() => parseComplexText(bad), bad).toThrow();
  });
});
