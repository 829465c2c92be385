// The re module on our VM against MicroPython v1.27.0: each program's output as the WebAssembly VM
// prints it (checked live as well), covering re1.5's syntax and limits, match objects, sub, split,
// str subjects matched as UTF-8 bytes, and the heap each call allocates.

import { describe, expect, it } from "vitest";
import { bothPrint, runOurs } from "../vm-modules/run.js";

/** Name: [source, what MicroPython prints]. */
const programs: Record<string, [string, string]> = {
  "match and search": [
    String.raw`import re
r = re.compile("(\\d+)-(\\w*)")
m = r.match("12-ab_9 rest")
print(m, m.group(0), m.group(1), m.group(2), type(m), type(r))
print(r.match(" 12-ab"), r.search(" 12-ab").group(0), r.search("x12-", 1).group(2) == "")
print(re.match("a|b|c", "c").group(0), re.match("x*?y", "xxy").group(0), re.match("x+?", "xxx").group(0))
print(re.match("(a)?b(c)", "bc").group(1), re.match("(?:ab)+", "ababa").group(0))
print(re.search("^b|b$", "abc"), re.search("c$", "abc").group(0), re.search("[^a-cu-z]+", "abcdefz").group(0))
print(re.match("[]a]", "a"), re.match("[^]", "q").group(0), re.match("[-a]+", "-a]d").group(0), re.match("[a-]+", "-a]d").group(0))
print(re.match(r"[\s\d]+", " 1\t2x").group(0), re.match(r"[^\W]+", "ab_1 c").group(0), re.match(r"\S+\s\D", "ab x1").group(0))
print(re.match(r"a\.c\n", "a.cn").group(0), re.match("a{2}", "a{2}").group(0), re.match("\\]", "]").group(0))
p = re.compile("o")
print(p.match("dog", 1), p.match("dog", 2), p.match("dog", 1, 1), p.search("dog", -2, 9).group(0), p.search("dog", 2, 1))
print(re.compile("^o").search("dog", 1), re.compile("g$").search("dog", 0, 2), re.compile("o$").search("dog", 0, 2))
print(re.match("a", "a", 5), re.compile("a", 99).match("a"), re.match(b"a+", b"aab").group(0), re.match("a", b"a").group(0), re.match(b"a", "a").group(0))
m = re.match("(a)|b", "b")
for g in (1, True, -1, 2, "1"):
    try:
        print(m.group(g))
    except Exception as e:
        print(type(e).__name__, e)
print([k for k in dir(re) if k[0] != "_"], [k for k in dir(m) if k[0] != "_"], sorted(k for k in dir(r) if k[0] != "_"))
`,
    String.raw`<match num=3> 12-ab_9 12 ab_9 <class 'match'> <class 're'>
None 12-ab True
c xxy x
None abab
None c def
None q -a -a
 1	2 ab_1 ab x
a.cn a{2} ]
<match num=1> None None o None
None None <match num=1>
<match num=1> <match num=1> b'aa' b'a' a
None
None
IndexError -1
IndexError 2
TypeError can't convert str to int
['compile', 'match', 'search', 'sub'] ['group'] ['match', 'search', 'split', 'sub']
`,
  ],
  "sub": [
    String.raw`import re
print(re.sub(r"\d+", lambda m: str(int(m.group(0)) * 2), "10 20 x 30"))
print(re.sub(r"(\w+)=(\w+)", r"\2=\1 \g<1>\g<2> \0", "a=b c=dd"))
print(re.sub("a", "b", "1a2a3a", 2), re.sub("a", "b", "aaa", -1), re.sub("a", "b", "aaa", 0), re.sub("a", "b", "aaa", 1, 99))
print(re.sub("(a)(b)?", r"\2-\1", "1a2ab"), re.sub("x*", "-", "abc"), re.sub("b", "\\\\b", "abc"))
for repl in ("\\", "x\\y", "\\g<1", "\\g<1>>", "\\g1", "\\g<x>", "\\00\\n", "\\\\1", "a\x00b"):
    print(repr(re.sub("(a)", repl, "za")))
s = "no match here"
print(re.sub("q", "z", s) is s, re.sub("^ab", "*", "ababab"), re.sub("^ab|cab", "*", "abababcabab"))
print(re.sub(b"a", b"\xff", b"xax"), re.sub("a", b"z", "xax"), re.sub(b"a", "z", b"xax"), re.sub("a", "\xe9", "xax"))
print(re.compile("(b)").sub("[\\1]", "abcb"), re.compile("b").sub("-", "abcb", 1))
seen = []
def keep(m):
    seen.append(m)
    return m.group(0).upper()
print(re.sub("[a-c]", keep, "xaybzc"), len(seen), seen[0] is seen[2])
for bad in (lambda: re.sub("(a)", "b\\2", "a"), lambda: re.sub("(a)", "\\4294967297", "a"), lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub("a", 5, "a"), lambda: re.sub(123, "a", "a"), lambda: re.sub("a", "b", "aaa", 1, 0, 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
`,
    String.raw`20 40 x 60
b=a ab a=b dd=c cdd c=dd
1b2b3a bbb bbb baa
1-a2b-a abc a\bc
'z'
'zxy'
'za'
'za>'
'zg1'
'zx>'
'zan'
'z\\1'
'za'
True *abab *abab*ab
b'x\xffx' xzx b'xzx' xéx
a[b]c[b] a-cb
xAyBzC 3 True
IndexError 2
a
TypeError can't convert 'int' object to str implicitly
TypeError can't convert 'int' object to str implicitly
TypeError can't convert 'int' object to str implicitly
TypeError function expected at most 5 arguments, got 6
`,
  ],
  "split": [
    String.raw`import re
r = re.compile(" +")
print(r.split("a b    c   foobar"), r.split("a b    c   foobar", 1), r.split("a b  c", -1), r.split("a b  c", 0))
print(re.compile("[a-f]+").split("0a3b9"), re.compile(b"x").split(b"fooxbar"), re.compile("x").split(""))
print(re.compile(" *").split("a b  c"), re.compile("x*").split("axbc"), re.compile("^ab").split("abababcabab"))
print(re.compile("[^a]").split("a\xe9bac"))
try:
    re.compile("( )").split("a b")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(re.compile("( )").split("ab"))
try:
    re.split
except AttributeError as e:
    print("AttributeError", e)
`,
    String.raw`['a', 'b', 'c', 'foobar'] ['a', 'b    c   foobar'] ['a', 'b', 'c'] ['a', 'b', 'c']
['0', '3', '9'] [b'foo', b'bar'] ['']
['a b  c'] ['axbc'] ['', 'ababcabab']
['a', '', '', 'a', '']
NotImplementedError splitting with sub-captures
['ab']
AttributeError module 're' has no attribute 'split'
`,
  ],
  "errors": [
    String.raw`import re
for p in ("?", "*", "+", ")", "[", "([", "([)", "[a\\]", "a)", "(", "a**", "a*?*", "^*", "$?", "\\", "(?P<n>a)", "(?=a)", "(?:)*",
          "[" + "a" * 127 + "]", "[" + "a" * 128 + "]", "(a)" * 63, "(a)" * 64, "(" + "a" * 61 + ")?", "(" + "a" * 62 + ")?",
          "b" * 62 + "|a", "b" * 63 + "|a", "|", "a|", "()", "a\x00)", "[a-\\d]"):
    try:
        re.compile(p)
        print(repr(p[:12]), "OK")
    except ValueError as e:
        print(repr(p[:12]), "ValueError", e)
for bad in (lambda: re.compile(1), lambda: re.compile(bytearray(b"a")), lambda: re.match("a", 5), lambda: re.match("a", bytearray(b"a")),
            lambda: re.compile("a").match("a", "x"), lambda: re.compile("a").match("a", 1.5), lambda: re.compile("a").match("a", 2**40),
            lambda: re.compile("a").search("a", 0, 1, 2), lambda: re.compile("a", 1, 2), lambda: re.match("a"), lambda: re.match("a", "a").group(),
            lambda: re.compile("a").split()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
`,
    String.raw`'?' ValueError regex too complex
'*' ValueError regex too complex
'+' ValueError regex too complex
')' ValueError error in regex
'[' ValueError regex too complex
'([' ValueError regex too complex
'([)' ValueError regex too complex
'[a\\]' ValueError regex too complex
'a)' ValueError error in regex
'(' ValueError regex too complex
'a**' ValueError regex too complex
'a*?*' ValueError regex too complex
'^*' ValueError regex too complex
'$?' ValueError regex too complex
'\\' ValueError regex too complex
'(?P<n>a)' ValueError regex too complex
'(?=a)' ValueError regex too complex
'(?:)*' ValueError regex too complex
'[aaaaaaaaaaa' OK
'[aaaaaaaaaaa' ValueError regex too complex
'(a)(a)(a)(a)' OK
'(a)(a)(a)(a)' ValueError regex too complex
'(aaaaaaaaaaa' OK
'(aaaaaaaaaaa' ValueError regex too complex
'bbbbbbbbbbbb' OK
'bbbbbbbbbbbb' ValueError regex too complex
'|' OK
'a|' OK
'()' OK
'a\x00)' OK
'[a-\\d]' OK
TypeError can't convert 'int' object to str implicitly
TypeError can't convert 'bytearray' object to str implicitly
TypeError can't convert 'int' object to str implicitly
TypeError can't convert 'bytearray' object to str implicitly
TypeError can't convert str to int
TypeError can't convert float to int
OverflowError overflow converting long int to machine word
TypeError function expected at most 4 arguments, got 5
TypeError function expected at most 2 arguments, got 3
TypeError function missing 1 required positional arguments
TypeError function takes 2 positional arguments but 1 were given
TypeError function missing 1 required positional arguments
`,
  ],
  "non-ASCII str and bytes": [
    String.raw`import re
for f in (lambda: re.match(".", "\xe9").group(0), lambda: re.match("..", "\xe9a").group(0), lambda: re.match("\xe9+", "\xe9\xe9").group(0),
          lambda: re.search("[\xe9]", "x\xe9"), lambda: re.sub(".", "-", "a\xe9b"), lambda: re.match(".", b"\xff").group(0),
          lambda: re.match("[\x01-\x7f]", "\x80"), lambda: re.match("[\x01-\xff]+", "a\xff"), lambda: re.search("b", "\xe9b").group(0),
          lambda: re.compile("\\w").search("\xe9_").group(0), lambda: re.sub("\xe9", "\xa9", "a\xe9b"), lambda: re.compile("b").search("\xe9b", 2),
          lambda: re.compile("b").search("\xe9b", 1).group(0), lambda: re.match("[\xe0-\xef]", "\xe9"), lambda: re.match(b"[\x80-\xff]", b"\xe9")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
`,
    String.raw`UnicodeError 
é
é
<match num=1>
----
b'\xff'
None
None
b
_
a©b
<match num=1>
b
<match num=1>
<match num=1>
`,
  ],
  "heap charges": [
    String.raw`import gc, re
R = re.compile("a")
R2 = re.compile("(k)(j)")
x = None
def m(f):
    global x
    x = None
    gc.collect()
    a = gc.mem_alloc()
    x = f()
    return gc.mem_alloc() - a
print(m(lambda: re.compile("a")), m(lambda: re.compile("abcdefghijklmnopqrstuvwxyz0123")), m(lambda: re.compile("(a)(b)")))
print(m(lambda: R.match("a")), m(lambda: R.match("b")), m(lambda: R2.search(b"xxkjx")), m(lambda: re.match("a", "a")), m(lambda: re.match("a", "b")))
print(m(lambda: R2.search("zzkjzz").group(0)), m(lambda: R.split("vvavvavvvavvvvavvvv")), m(lambda: R.split(b"vvavvavvvavvvvavvvv")))
print(m(lambda: R.sub("yy", "vvavvavvvavvvvavvvv")), m(lambda: R.sub(b"yy", b"vvavvavvvavvvvavvvv")), m(lambda: R.sub("yy", "zzzz")), m(lambda: R.sub(lambda m: "q", "vvavva")))
`,
    String.raw`32 96 48
32 0 48 64 32
80 208 208
48 48 0 48
`,
  ],
};

describe("re agrees with the MicroPython VM", () => {
  for (const [name, [src, expected]] of Object.entries(programs)) {
    it(name, async () => {
      const { ours, oracle } = await bothPrint(src);
      expect(oracle).toBe(expected);
      expect(ours).toBe(expected);
    });
  }

  // The WebAssembly VM's C stack check does not see re1.5's recursion (its frames live in wasm
  // locals), so it overflows the JS stack instead; the unix port raises RuntimeError, as we do.
  it("an empty loop recurses until the C stack runs out (unix port)", () => {
    const src = 'import re\ntry:\n    re.match("(a*)*", "aaa")\nexcept RuntimeError as e:\n    print("RuntimeError", e)\n';
    expect(runOurs(src).output).toBe("RuntimeError maximum recursion depth exceeded\n");
  });
});
