// uctypes programs on descriptors and struct objects, with what MicroPython v1.27.0's WebAssembly
// VM (32-bit: a pointer is 4 bytes, where the unix port's sizeof gives 8) prints for each: sizeof,
// repr, the buffer protocol, the errors, and the heap taken.

/** Name: [source, what MicroPython prints]. */
export const OBJECT_PROGRAMS: Record<string, [string, string]> = {
  "sizeof of descriptors and structs, rounded to the widest field when native": [
    String.raw`import uctypes
from collections import OrderedDict
print(uctypes.sizeof({}), uctypes.sizeof({"a": uctypes.UINT8 | 3}), uctypes.sizeof({"a": uctypes.UINT32 | 1, "b": uctypes.UINT8 | 9}))
d = {"a": uctypes.UINT32 | 1, "b": uctypes.UINT8 | 9}
print(uctypes.sizeof(d, uctypes.LITTLE_ENDIAN), uctypes.sizeof(d, uctypes.BIG_ENDIAN), uctypes.sizeof(d, -1), uctypes.sizeof(d, 5))
print(uctypes.sizeof({"f": uctypes.FLOAT64 | 1}), uctypes.sizeof({"f": (uctypes.ARRAY | 3, uctypes.FLOAT32 | 3)}))
print(uctypes.sizeof({"bf": uctypes.BFUINT32 | 6 | 31 << uctypes.BF_POS | 1 << uctypes.BF_LEN}))
print(uctypes.sizeof({"s": (3, {}), "t": (uctypes.ARRAY | 1, 2, {})}), uctypes.sizeof({"s": (5, {})}, 0))
print(uctypes.sizeof({"a": (uctypes.ARRAY | 5, 3, (uctypes.PTR, 1)), "b": uctypes.UINT8 | 0}))
print(uctypes.sizeof((uctypes.ARRAY | 0, 3, {"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4})))
print(uctypes.sizeof((uctypes.ARRAY | 0, uctypes.INT32 | 3)), uctypes.sizeof((uctypes.PTR | 9, {})), uctypes.sizeof((7, {"x": uctypes.UINT16})))
# The widest field met so far rounds a nested struct up: the dict's order decides.
for k in ("a", "s", "q", "w", "x"):
    od = OrderedDict()
    od[k] = (4, {"b": uctypes.UINT8 | 0})
    od["a0"] = uctypes.UINT64 | 8
    od2 = OrderedDict()
    od2["a0"] = uctypes.UINT64 | 8
    od2[k] = (4, {"b": uctypes.UINT8 | 0})
    print(k, uctypes.sizeof(od), uctypes.sizeof(od2), uctypes.sizeof({k: (4, {"b": uctypes.UINT8 | 0}), "a0": uctypes.UINT64 | 8}))
s = uctypes.struct(0, d, uctypes.LITTLE_ENDIAN)
print(uctypes.sizeof(s), uctypes.sizeof(uctypes.struct(0, d)), uctypes.sizeof(bytearray(7)), uctypes.sizeof(bytearray(7), 1))
for bad in (
    "uctypes.sizeof(s, 0)", "uctypes.sizeof(1)", "uctypes.sizeof(True)", "uctypes.sizeof(2**40)", "uctypes.sizeof([])",
    "uctypes.sizeof(())", "uctypes.sizeof(b'ab')", "uctypes.sizeof({'a': True})", "uctypes.sizeof({'a': 2**40})",
    "uctypes.sizeof({'a': [1]})", "uctypes.sizeof((uctypes.PTR * 3,))", "uctypes.sizeof((0, {}, 1))",
    "uctypes.sizeof((uctypes.PTR | 0,))", "uctypes.sizeof((uctypes.ARRAY | 0, 1, {}, 2))", "uctypes.sizeof((uctypes.ARRAY | 0, 3, 5))",
    "uctypes.sizeof((0, 5))", "uctypes.sizeof(d, 1.5)", "uctypes.sizeof(d, 2**31)", "uctypes.sizeof()", "uctypes.sizeof(d, 1, 2)",
    "uctypes.sizeof(d, layout=1)", "uctypes.sizeof(uctypes.struct(0, 5))",
):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
`,
    String.raw`0 4 12
10 10 10 10
16 16
12
0 5
20
24
12 4 2
a 16 16 16
s 16 16 16
q 16 16 16
w 16 16 16
x 16 16 16
10 12 7 7
uctypes.sizeof(s, 0) TypeError 
uctypes.sizeof(1) TypeError can't unambiguously get sizeof scalar
uctypes.sizeof(True) TypeError syntax error in uctypes descriptor
uctypes.sizeof(2**40) TypeError syntax error in uctypes descriptor
uctypes.sizeof([]) TypeError syntax error in uctypes descriptor
uctypes.sizeof(()) TypeError syntax error in uctypes descriptor
uctypes.sizeof(b'ab') TypeError syntax error in uctypes descriptor
uctypes.sizeof({'a': True}) TypeError syntax error in uctypes descriptor
uctypes.sizeof({'a': 2**40}) TypeError syntax error in uctypes descriptor
uctypes.sizeof({'a': [1]}) TypeError syntax error in uctypes descriptor
uctypes.sizeof((uctypes.PTR * 3,)) TypeError syntax error in uctypes descriptor
uctypes.sizeof((0, {}, 1)) TypeError syntax error in uctypes descriptor
uctypes.sizeof((uctypes.PTR | 0,)) TypeError syntax error in uctypes descriptor
uctypes.sizeof((uctypes.ARRAY | 0, 1, {}, 2)) TypeError syntax error in uctypes descriptor
uctypes.sizeof((uctypes.ARRAY | 0, 3, 5)) TypeError can't unambiguously get sizeof scalar
uctypes.sizeof((0, 5)) TypeError can't unambiguously get sizeof scalar
uctypes.sizeof(d, 1.5) TypeError can't convert float to int
uctypes.sizeof(d, 2**31) OverflowError overflow converting long int to machine word
uctypes.sizeof() TypeError function missing 1 required positional arguments
uctypes.sizeof(d, 1, 2) TypeError function expected at most 2 arguments, got 3
uctypes.sizeof(d, layout=1) TypeError function doesn't take keyword arguments
uctypes.sizeof(uctypes.struct(0, 5)) TypeError can't unambiguously get sizeof scalar
`,
  ],
  "struct objects: repr, buffer, int(), the module's constants, and the errors": [
    String.raw`import uctypes
buf = bytearray(b"01234567")
A = uctypes.addressof(buf)
print([(k, getattr(uctypes, k)) for k in sorted(dir(uctypes)) if k.isupper()])
print(sorted(k for k in dir(uctypes) if not k.isupper() and k[0] != "_"))
print(uctypes.struct(0, {}), uctypes.struct(0, []), uctypes.struct(0, (uctypes.ARRAY | 0, 1)), uctypes.struct(16, (uctypes.PTR | 0, 1)))
print(uctypes.struct(0, (0, {})), uctypes.struct(0, 5), uctypes.struct(-1, {}), uctypes.struct(2**32 + 5, {}), uctypes.struct(True, {}))
print(uctypes.struct(0, {"s": (uctypes.PTR * 3 // 2, {})}).s, uctypes.struct(0, {"s": (12, {})}).s)
print(type(uctypes.struct(0, {})), uctypes.struct, uctypes.struct.__name__, isinstance(uctypes.struct(0, {}), uctypes.struct))
for a in range(0, 32, 5):
    print(uctypes.addressof(uctypes.bytearray_at(1 << a, 4)), end=" ")
print(uctypes.addressof(uctypes.struct(77, {})), uctypes.addressof(uctypes.bytearray_at(2**31 + 2**32, 1)))
S = uctypes.struct(A, {"n": uctypes.UINT8 | 0, "s": (2, {"x": uctypes.UINT8 | 0}), "a": (uctypes.ARRAY | 0, uctypes.INT8 | 8), "k": (uctypes.ARRAY | 0, uctypes.UINT8 | 2)})
print(S.n, S.s.x, uctypes.addressof(S.s) - A, int(S), int(S.a), float(S.s), bytes(S), bytearray(S.s), S.__class__)
print(S == S, S != S.s, bool(S), hasattr(S, "n"), getattr(S, "n"), S.s.__class__)
del S.n
del S.k
print(buf)
for bad in (
    "S.zz", "S.zz = 1", "del S.zz", "hasattr(S, 'zz')", "S.s = 1", "S.k = 1", "S[0]", "S[0] = 1", "del S[0]", "S.s[0]", "S.a.x",
    "S.n.x", "hash(S)", "{S: 1}", "-S", "S + 1", "S < S", "len(S)", "list(S)", "1 in S", "list(S.a)", "S()", "int(S.s)",
    "uctypes.struct(0, [])[0]", "uctypes.struct(0, []).x", "uctypes.struct(0, {'x': []}).x", "uctypes.struct(0, (0, {}))[0]",
    "uctypes.struct(0, (0, {}))[0] = 1", "uctypes.struct(0, {'x': (-0x20000000, {})}).x", "uctypes.struct(0, {'x': (-0x20000000, {})}).x = 1",
    "del uctypes.struct(0, {'x': (-0x20000000, {})}).x", "list(uctypes.struct(0, {'__getitem__': 5}))",
    "uctypes.struct(buf, {})", "uctypes.struct(1.5, {})", "uctypes.struct(0)", "uctypes.struct(0, {}, 1, 2)",
    "uctypes.struct(0, {}, flags=1)", "uctypes.struct(0, {}, 1.5)", "uctypes.struct(0, {}, 2**31)",
    "uctypes.addressof(1)", "uctypes.addressof()", "uctypes.bytes_at(0)", "uctypes.bytearray_at(0, 1, 2)",
    "uctypes.addressof(uctypes.struct(5, 7))", "bytes(uctypes.struct(0, []))",
):
    try:
        exec(bad)
        print(bad, "ok")
    except Exception as e:
        print(bad, type(e).__name__, e)
`,
    String.raw`[('ARRAY', -1073741824), ('BFINT16', -671088640), ('BFINT32', -402653184), ('BFINT8', -939524096), ('BFUINT16', -805306368), ('BFUINT32', -536870912), ('BFUINT8', -1073741824), ('BF_LEN', 22), ('BF_POS', 17), ('BIG_ENDIAN', 1), ('FLOAT32', -268435456), ('FLOAT64', -134217728), ('INT', 671088640), ('INT16', 402653184), ('INT32', 671088640), ('INT64', 939524096), ('INT8', 134217728), ('LITTLE_ENDIAN', 0), ('LONG', 671088640), ('LONGLONG', 939524096), ('NATIVE', 2), ('PTR', 536870912), ('SHORT', 402653184), ('UINT', 536870912), ('UINT16', 268435456), ('UINT32', 536870912), ('UINT64', 805306368), ('UINT8', 0), ('ULONG', 536870912), ('ULONGLONG', 805306368), ('USHORT', 268435456), ('VOID', 0)]
['addressof', 'bytearray_at', 'bytes_at', 'sizeof', 'struct']
<struct STRUCT 0> <struct ERROR 0> <struct ARRAY 0> <struct PTR 10>
<struct unk 0> <struct ERROR 0> <struct STRUCT ffffffff> <struct STRUCT 5> <struct STRUCT 1>
<struct PTR 10000000> <struct STRUCT c>
<class 'struct'> <class 'struct'> struct True
1 32 1024 32768 1048576 33554432 1073741824 77 2147483648
48 50 2 1234567 1234567 2.0 b'01234567' bytearray(b'2') <class 'struct'>
True True True True 48 <class 'struct'>
bytearray(b'01234567')
S.zz KeyError zz
S.zz = 1 KeyError zz
del S.zz KeyError zz
hasattr(S, 'zz') KeyError zz
S.s = 1 TypeError syntax error in uctypes descriptor
S.k = 1 TypeError syntax error in uctypes descriptor
S[0] TypeError struct: can't index
S[0] = 1 TypeError struct: can't index
del S[0] TypeError 'struct' object doesn't support item deletion
S.s[0] TypeError struct: can't index
S.a.x TypeError struct: no fields
S.n.x AttributeError 'int' object has no attribute 'x'
hash(S) TypeError unsupported type for __hash__: 'struct'
{S: 1} TypeError unsupported type for __hash__: 'struct'
-S TypeError unsupported type for __neg__: 'struct'
S + 1 TypeError unsupported types for __add__: 'struct', 'int'
S < S TypeError unsupported types for __lt__: 'struct', 'struct'
len(S) TypeError object of type 'struct' has no len()
list(S) KeyError __getitem__
1 in S KeyError __getitem__
list(S.a) TypeError struct: no fields
S() TypeError 'struct' object isn't callable
int(S.s) ok
uctypes.struct(0, [])[0] TypeError struct: can't index
uctypes.struct(0, []).x TypeError struct: no fields
uctypes.struct(0, {'x': []}).x TypeError syntax error in uctypes descriptor
uctypes.struct(0, (0, {}))[0] TypeError 'struct' object isn't subscriptable
uctypes.struct(0, (0, {}))[0] = 1 TypeError 'struct' object doesn't support item assignment
uctypes.struct(0, {'x': (-0x20000000, {})}).x AttributeError 'struct' object has no attribute 'x'
uctypes.struct(0, {'x': (-0x20000000, {})}).x = 1 TypeError syntax error in uctypes descriptor
del uctypes.struct(0, {'x': (-0x20000000, {})}).x AttributeError 'struct' object has no attribute 'x'
list(uctypes.struct(0, {'__getitem__': 5})) TypeError 'int' object isn't callable
uctypes.struct(buf, {}) TypeError can't convert bytearray to int
uctypes.struct(1.5, {}) TypeError can't convert float to int
uctypes.struct(0) TypeError function missing 1 required positional arguments
uctypes.struct(0, {}, 1, 2) TypeError function expected at most 3 arguments, got 4
uctypes.struct(0, {}, flags=1) TypeError function doesn't take keyword arguments
uctypes.struct(0, {}, 1.5) TypeError can't convert float to int
uctypes.struct(0, {}, 2**31) OverflowError overflow converting long int to machine word
uctypes.addressof(1) TypeError object with buffer protocol required
uctypes.addressof() TypeError function takes 1 positional arguments but 0 were given
uctypes.bytes_at(0) TypeError function takes 2 positional arguments but 1 were given
uctypes.bytearray_at(0, 1, 2) TypeError function takes 2 positional arguments but 3 were given
uctypes.addressof(uctypes.struct(5, 7)) TypeError can't unambiguously get sizeof scalar
bytes(uctypes.struct(0, [])) TypeError syntax error in uctypes descriptor
`,
  ],
  "the heap each struct, field and item takes": [
    String.raw`import uctypes, gc
b = bytearray(16)
a = uctypes.addressof(b)
d = {"x": uctypes.UINT32 | 0, "s": (0, {"y": uctypes.UINT8 | 0}), "arr": (uctypes.ARRAY | 0, uctypes.UINT8 | 4),
     "a16": (uctypes.ARRAY | 0, uctypes.UINT16 | 4), "f": uctypes.FLOAT32 | 0, "big": uctypes.UINT32 | 4, "q": uctypes.INT64 | 0,
     "bf": uctypes.BFUINT16 | 0 | 3 << uctypes.BF_POS | 4 << uctypes.BF_LEN}
b[4:8] = b"\xff\xff\xff\xff"
S = uctypes.struct(a, d)
A16 = S.a16
keep = [None]
def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep[0] = f()
    after = gc.mem_alloc()
    gc.enable()
    return after - before
def store():
    S.x = 0xFFFFFFFF
    A16[1] = 70000
    S.f = 1.5
print(cost(lambda: uctypes.struct(a, d)), cost(lambda: S.x), cost(lambda: S.big), cost(lambda: S.q), cost(lambda: S.bf))
print(cost(lambda: S.s), cost(lambda: S.arr), cost(lambda: S.a16), cost(lambda: A16[0]), cost(lambda: S.f))
print(cost(lambda: uctypes.sizeof(d)), cost(lambda: uctypes.sizeof(S)), cost(lambda: uctypes.addressof(S)), cost(lambda: bytes(S)))
print(cost(lambda: uctypes.bytes_at(a, 4)), cost(lambda: uctypes.bytearray_at(a, 4)), cost(store), b)
`,
    String.raw`16 0 32 32 0
16 16 16 0 16
0 0 0 32
32 16 0 bytearray(b'\x00\x00\xc0?\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00')
`,
  ],
};
