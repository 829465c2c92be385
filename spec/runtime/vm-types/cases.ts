// Programs for the data-type specs, each with what MicroPython v1.27.0 prints for it (checked
// against the unix port and the WebAssembly VM).

export interface Case {
  readonly source: string;
  readonly expected: string;
}

export const CASES: Record<string, Case> = {
  "array and buffer comparisons": {
    source: `
import array
class X(array.array):
    pass
A = array.array
print(A('b', b'abc') == b'abc', b'abc' == A('B', b'abc'), A('b', b'abc') != b'abc')
print(X('b', b'abc') == b'abc', X('b', b'abc') == A('b', b'abc'), A('b', b'abc') == X('b', b'abc'))
print(bytearray(b'abc') == A('b', b'abc'), A('b', b'abc') == bytearray(b'abc'), bytearray(b'abc') == 'abc')
print(memoryview(b'abc') == b'abc', b'abc' == memoryview(b'abc'), A('h', [1, 2]) == A('H', [1, 2]))
print(A('B', b'abc') < bytearray(b'abd'), bytearray(b'abc') < A('B', b'abd'), A('b', b'abc') < A('B', b'abd'))
print(A('I', [1, 0x100]) < A('I', [2, 1]), memoryview(b'abc') < b'abd', A('b', b'a') < [1], bytearray(b'a') == 5)
a = A('f')
print(a == a)
for x, y in ((A('b'), A('h')), (A('f'), A('f')), (A('b', b'a'), A('b', b'b')), (bytearray(), A('h'))):
    try:
        print(x < y if len(x) else x == y)
    except NotImplementedError as e:
        print(repr(e))
`,
    expected:
      "False False True\nFalse True True\nTrue True True\nTrue True True\nTrue True True\nTrue True False False\nTrue\n" +
      "NotImplementedError()\nNotImplementedError()\nNotImplementedError()\nNotImplementedError()\n",
  },
  "arrays of objects and pointers": {
    source: `
import array
o = array.array('O')
s = "text"
o.append(s)
o.append(-7)
o.append(None)
print(o[0] is s, o[1], o[2], len(o), o)
p = array.array('P', [1, -1])
print(p[0], p[1], len(bytes(p)))
`,
    expected: "True -7 None 3 array('O', ['text', -7, None])\n1 -1 8\n",
  },
  "sys.implementation is an attrtuple": {
    source: `
import sys
t = sys.implementation
print(type(t), isinstance(t, tuple), t.name, t[0], t[1][:2], len(t) >= 4, str(t).startswith("(name='micropython', version="))
print(t[:1], t[:1] + (1,))
try:
    t.name = 1
except AttributeError as e:
    print(e)
try:
    t.nope
except AttributeError as e:
    print(e)
`,
    expected:
      "<class 'tuple'> False micropython micropython (1, 27) True True\n('micropython',) ('micropython', 1)\n" +
      "'tuple' object has no attribute 'name'\n'tuple' object has no attribute 'nope'\n",
  },
  "namedtuple instances are tuples whose fields cannot be set": {
    source: `
from collections import namedtuple
T = namedtuple("Tup", ["foo", "bar"])
t = T(1, bar=2)
print(t, t + t, t * 2, "(%d, %d)" % t, t == (1, 2), (1, 2) == t, hash(t) == hash((1, 2)))
print(T, type(t), isinstance(t, tuple), issubclass(T, tuple))
for f in (lambda: setattr(t, "bar", 3), lambda: setattr(t, "baz", 3), lambda: delattr(t, "foo")):
    try:
        f()
    except AttributeError as e:
        print(e)
try:
    t.baz
except AttributeError as e:
    print(e)
class S(T):
    def f(self):
        return self.foo
s = S(3, 4)
s.foo = 5
print(s, s.f(), s.bar)
print(namedtuple("N", "a b,c")(1, 2))
`,
    expected:
      "Tup(foo=1, bar=2) (1, 2, 1, 2) (1, 2, 1, 2) (1, 2) True True True\n<class 'Tup'> <class 'Tup'> True True\n" +
      "can't set attribute\ncan't set attribute\ncan't set attribute\n'Tup' object has no attribute 'baz'\n" +
      "Tup(foo=3, bar=4) 5 4\nN(a=1, b,c=2)\n",
  },
  "an attrtuple equals only an attrtuple, tuple() copies named tuples, dir() lists the fields": {
    source: `
import sys
from collections import namedtuple
t = sys.implementation
P = namedtuple("P", "value zz key aa")
p = P(1, 2, 3, 4)
print(t == tuple(t), tuple(t) == t, t != tuple(t), t == t, (1, t) == (1, tuple(t)), [t].count(tuple(t)))
print(p == tuple(p), tuple(p) == p, p == namedtuple("Q", "a b c d")(1, 2, 3, 4), tuple(t) is t, tuple(p) is p, type(tuple(p)))
x = (1, 2)
print(tuple(x) is x, t < tuple(t), t + (1,) == tuple(t) + (1,))
print(dir(p))
print([n for n in dir(t) if n != "_thread"])
`,
    expected:
      "False False True True False 0\nTrue True True False False <class 'tuple'>\nTrue False True\n" +
      "['__class__', 'key', 'value', 'zz', 'aa']\n['__class__', '_build', '_machine', '_mpy', 'name', 'version']\n",
  },
  "OrderedDict equality, copy and classes made from one": {
    source: `
from collections import OrderedDict
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == OrderedDict(a=1, b=2), a == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == a)
class D(dict):
    pass
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1), D(a=1) == OrderedDict(a=1))
c = a.copy()
print(c, type(c))
A = type("A", (), OrderedDict(z=1, y=2, x=3, w=4, v=5))
print([k for k in A.__dict__ if not k.startswith("_")], type(A.__dict__))
print(dict.fromkeys("abc"), OrderedDict.fromkeys("abc"))
`,
    expected:
      "False True True False False\nTrue True False\nOrderedDict({'a': 1, 'b': 2}) <class 'OrderedDict'>\n" +
      "['z', 'y', 'x', 'w', 'v'] <class 'OrderedDict'>\n{'b': None, 'c': None, 'a': None} {'b': None, 'c': None, 'a': None}\n",
  },
  "dict views": {
    source: `
d = {1: 2}
print(type(d.keys()), d.keys(), d.values(), d.items())
print(type(hash(d.values())))
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError:
        print("TypeError")
for f in (lambda: d.values() + 1, lambda: d.keys() | {5}, lambda: d.keys()[0]):
    try:
        f()
    except TypeError as e:
        print(e)
print(1 in d.keys(), 2 in d.values(), (1, 2) in d.items(), d.keys() == d.keys())
`,
    expected:
      "<class 'dict_view'> dict_keys([1]) dict_values([2]) dict_items([(1, 2)])\n<class 'int'>\n" +
      "TypeError\nTypeError\n" +
      "unsupported types for __add__: 'dict_view', 'int'\nunsupported types for __or__: 'dict_view', 'set'\n" +
      "'dict_view' object isn't subscriptable\nTrue True True False\n",
  },
  "bytes hex and fromhex": {
    source: `
print(repr(b''.hex()), repr(bytearray().hex()), b'\\x01\\xab'.hex(), b'\\x01\\xab'.hex('::'), repr(b'ab'.hex('')))
print(memoryview(b'\\x12\\x34').hex('-'), bytes.fromhex(' 01 0a\\t'), bytes.fromhex(b'ff'), bytearray.fromhex('0102'))
for x in ("abc", "a b", "0g", "ab:cd", 12):
    try:
        print(bytes.fromhex(x))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b'\\x01'.hex(':', 1)
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
try:
    [].pop(1, 2)
except TypeError as e:
    print(e)
`,
    expected:
      "b'' b'' 01ab 01:ab '61\\x0062'\n12-34 b'\\x01\\n' b'\\xff' bytearray(b'\\x01\\x02')\n" +
      "ValueError non-hex digit\nValueError non-hex digit\nValueError non-hex digit\nValueError non-hex digit\n" +
      "TypeError object with buffer protocol required\nfunction expected at most 2 arguments, got 3\n" +
      "function takes 2 positional arguments but 3 were given\nfunction expected at most 2 arguments, got 3\n",
  },
  "struct: objects, string pointers and format checks": {
    source: `
import struct, uctypes
class A:
    pass
o = A()
print(struct.unpack("<O", struct.pack("<O", o))[0] is o, struct.unpack("O", struct.pack("O", 5)))
print(struct.pack('<2I', 1), struct.calcsize("<POS"), struct.calcsize("bP"))
s = struct.pack("<S", uctypes.addressof("abc"))
print(struct.unpack("<S", s))
for f in (lambda: struct.calcsize("1"), lambda: struct.pack("z", (1,)), lambda: struct.unpack("1", "xx"),
          lambda: struct.pack("<2H", 1, (2,)), lambda: struct.pack("s", 1), lambda: struct.pack("f", "x")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
`,
    expected:
      "True (5,)\nb'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00' 12 8\n('abc',)\nValueError bad typecode\nValueError bad typecode\n" +
      "ValueError bad typecode\nTypeError can't convert tuple to int\nTypeError object with buffer protocol required\n" +
      "TypeError can't convert str to float\n",
  },
  "bytearray items keep their low 8 bits; a machine word refuses -2**31 (32-bit port)": {
    source: `
b = bytearray(3)
b[0] = -2
b[1] = 2**40 + 3
b[2] = 2**100 + 7
def store(b, i, v):
    b[i] = v
for f in (lambda: chr(-2**31), lambda: range(-2**31), lambda: store(b, 3, 1.5), lambda: store(b, 0, 1.5), lambda: store(b, 0, None)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(len(range(-2**31 + 1)), b)
`,
    expected:
      "OverflowError overflow converting long int to machine word\nOverflowError overflow converting long int to machine word\n" +
      "IndexError bytearray index out of range\nTypeError can't convert float to int\nTypeError can't convert NoneType to int\n" +
      "0 bytearray(b'\\xfe\\x03\\x07')\n",
  },
  "uctypes addresses and memoryview offsets": {
    source: `
import uctypes
b = bytearray(b"xyz")
a = uctypes.bytearray_at(uctypes.addressof(b), 2)
a[0] = 65
print(b, uctypes.bytes_at(uctypes.addressof(b) + 1, 2), uctypes.addressof(b) == uctypes.addressof(b))
print(uctypes.addressof(memoryview(b)[1:]) - uctypes.addressof(b), uctypes.UINT32, uctypes.BIG_ENDIAN)
mv = memoryview(uctypes.bytearray_at(0, 0x1000002))
print(mv[0xffffff:0x1000000])
try:
    mv[0x1000000:]
except OverflowError as e:
    print(e)
`,
    expected:
      "bytearray(b'Ayz') b'yz' True\n1 536870912 1\n<memoryview>\nmemoryview offset too large\n",
  },
  "bytes and bytearray from an iterable of items": {
    source: `
for v in ([256], [-1], [1.5], [True, 2], ["a"], [2**40 + 3], [2**30], [-2**30 - 1]):
    for f in (bytes, bytearray):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
`,
    expected:
      "ValueError bytes value out of range\nbytearray(b'\\x00')\nValueError bytes value out of range\nbytearray(b'\\xff')\n" +
      "TypeError can't convert float to int\nTypeError can't convert float to int\nb'\\x01\\x02'\nbytearray(b'\\x01\\x02')\n" +
      "TypeError can't convert str to int\nTypeError can't convert str to int\n" +
      "OverflowError overflow converting long int to machine word\nbytearray(b'\\x03')\n" +
      "ValueError bytes value out of range\nbytearray(b'\\x00')\nValueError bytes value out of range\nbytearray(b'\\xff')\n",
  },
  "a Python subclass of a type without a print slot": {
    source: `
import io
class S(io.IOBase):
    pass
class B(io.BytesIO):
    pass
print(repr(S()).startswith('<S object at '), str(S()).startswith('<S object at '), repr(B())[:12])
`,
    expected: "True True <io.BytesIO \n",
  },
  "repeat and union operators, in place or not": {
    source: `
import array
for a in (bytearray(b"ab"), array.array("h", [1]), b"ab", [1], (1,)):
    b = a
    try:
        a *= 2
        print(a, a is b)
    except TypeError as e:
        print(e)
    try:
        print(2 * a)
    except TypeError as e:
        print(e)
class A:
    pass
for a, b in ((A(), 2), (1, "a"), ({1}, 2)):
    try:
        a -= b
    except TypeError as e:
        print(e)
d = {1: 2}
print(d | [(3, 4)], d)
d |= {5: 6}
print(d)
try:
    d |= 1
except TypeError as e:
    print(e)
`,
    expected:
      "unsupported types for __mul__: 'bytearray', 'int'\nunsupported types for __mul__: 'int', 'bytearray'\n" +
      "unsupported types for __mul__: 'array', 'int'\nunsupported types for __mul__: 'int', 'array'\n" +
      "b'abab' False\nb'abababab'\n[1, 1] False\n[1, 1, 1, 1]\n(1, 1) False\n(1, 1, 1, 1)\n" +
      "unsupported types for __sub__: 'A', 'int'\nunsupported types for __sub__: 'int', 'str'\nunsupported types for __sub__: 'set', 'int'\n" +
      "{3: 4, 1: 2} {1: 2}\n{5: 6, 1: 2}\n'int' object isn't iterable\n",
  },
};
