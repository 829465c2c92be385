// uctypes programs on fields laid over memory, with what MicroPython v1.27.0's WebAssembly VM (a
// 32-bit port, like our model) prints for each: scalars, bitfields, arrays and pointers in every
// layout. Addresses are printed only relative to a buffer, as they differ from VM to VM.

/** Name: [source, what MicroPython prints]. */
export const LAYOUT_PROGRAMS: Record<string, [string, string]> = {
  "scalar fields in each layout (64-bit ones whole, stores keep the low bits)": [
    String.raw`import uctypes
buf = bytearray(32)
d = {
    "u16": uctypes.UINT16 | 1, "i16": uctypes.INT16 | 3, "u32": uctypes.UINT32 | 5, "i32": uctypes.INT32 | 9,
    "u64": uctypes.UINT64 | 13, "i64": uctypes.INT64 | 21, "f32": uctypes.FLOAT32 | 2, "f64": uctypes.FLOAT64 | 7,
    "i8": uctypes.INT8 | 31, "u8": uctypes.VOID | 30,
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE, 5):
    for i in range(32):
        buf[i] = (i * 37 + 200) & 0xFF
    S = uctypes.struct(uctypes.addressof(buf), d, layout)
    print(layout, uctypes.sizeof(S), S.u16, S.i16, S.u32, S.i32, S.u64, S.i64, S.i8, S.u8)
    print("%.6g %.6g" % (S.f32, S.f64))
    S.u16 = -3
    S.i16 = 70000
    S.u32 = 2**33 - 5
    S.i32 = -2**31
    S.u64 = -1
    S.i64 = 2**63 + 5
    S.u8 = True
    print(bytes(buf))
    S.f32 = 1 / 3
    S.f64 = -2.5e-300
    print(bytes(buf), S.f32, S.f64)
    for bad in ("S.f32 = 'x'", "S.i8 = 1.5", "S.u16 = None", "S.f64 = 2**2000"):
        try:
            exec(bad)
        except Exception as e:
            print(type(e).__name__, e)
    S.f32 = 2**200
    print(S.f32, S.u8)
`,
    String.raw`0 32 4845 23607 4039878273 -2074133995 12432013310930701993 -3121123849272559919 67 30
-4.04471e-38 -8.80562e+70
b'\xc8\xfd\xffp\x11\xfb\xff\xff\xff\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff\x05\x00\x00\x00\x00\x00\x00\x80\xf9\x01C'
b'\xc8\xfd\xab\xaa\xaa>\xff/0\xb7\xb3\xa7\xc9\xba\x81\xff\xff\xff\xff\xff\xff\x05\x00\x00\x00\x00\x00\x00\x80\xf9\x01C' 0.3333333432674408 -2.5e-300
TypeError can't convert str to float
TypeError can't convert float to int
TypeError can't convert NoneType to int
inf 1
1 32 60690 14172 2175192048 356147076 12235984523046848428 -3317434112116346924 67 30
5.78586e-28 -6.30963e+57
b'\xc8\xff\xfd\x11p\xff\xff\xff\xfb\x80\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x80\x00\x00\x00\x00\x00\x00\x05\xf9\x01C'
b'\xc8\xff>\xaa\xaa\xab\xff\x81\xba\xc9\xa7\xb3\xb70/\xff\xff\xff\xff\xff\xff\x80\x00\x00\x00\x00\x00\x00\x05\xf9\x01C' 0.3333333432674408 -2.5e-300
TypeError can't convert str to float
TypeError can't convert float to int
TypeError can't convert NoneType to int
inf 1
2 32 4845 23607 4039878273 -2074133995 12432013310930701993 -3121123849272559919 67 30
-4.04471e-38 -8.80562e+70
b'\xc8\xfd\xffp\x11\xfb\xff\xff\xff\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff\x05\x00\x00\x00\x00\x00\x00\x80\xf9\x01C'
b'\xc8\xfd\xab\xaa\xaa>\xff/0\xb7\xb3\xa7\xc9\xba\x81\xff\xff\xff\xff\xff\xff\x05\x00\x00\x00\x00\x00\x00\x80\xf9\x01C' 0.3333333432674408 -2.5e-300
TypeError can't convert str to float
TypeError can't convert float to int
TypeError can't convert NoneType to int
inf 1
5 32 60690 14172 2175192048 356147076 12235984523046848428 -3317434112116346924 67 30
5.78586e-28 -6.30963e+57
b'\xc8\xff\xfd\x11p\xff\xff\xff\xfb\x80\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x80\x00\x00\x00\x00\x00\x00\x05\xf9\x01C'
b'\xc8\xff>\xaa\xaa\xab\xff\x81\xba\xc9\xa7\xb3\xb70/\xff\xff\xff\xff\xff\xff\x80\x00\x00\x00\x00\x00\x00\x05\xf9\x01C' 0.3333333432674408 -2.5e-300
TypeError can't convert str to float
TypeError can't convert float to int
TypeError can't convert NoneType to int
inf 1
`,
  ],
  "bitfields: a word of the base type, read unsigned when native": [
    String.raw`import uctypes
buf = bytearray(8)
d = {
    "a": uctypes.BFUINT32 | 0 | 5 << uctypes.BF_POS | 13 << uctypes.BF_LEN,
    "b": uctypes.BFINT16 | 2 | 9 << uctypes.BF_POS | 7 << uctypes.BF_LEN,
    "c": uctypes.BFINT32 | 4 | 0 << uctypes.BF_POS | 31 << uctypes.BF_LEN,
    "d": uctypes.BFUINT8 | 4 | 7 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "s": uctypes.BFINT8 | 6 | 0 << uctypes.BF_POS | 12 << uctypes.BF_LEN,
    "z": uctypes.BFUINT16 | 6 | 3 << uctypes.BF_POS | 0 << uctypes.BF_LEN,
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE, 5):
    for i in range(8):
        buf[i] = 0xF0 - i * 17
    S = uctypes.struct(uctypes.addressof(buf), d, layout)
    print(layout, S.a, S.b, S.c, S.d, S.s, S.z, uctypes.sizeof(S))
    S.a = 12345
    S.b = -1
    S.c = 2**31 - 1
    S.d = 255
    S.z = 7
    print(bytes(buf), S.a, S.b, S.c, S.d, S.s, S.z)
    for v in (-2**31, 2**31, 2**40, 1.5, "1"):
        try:
            S.c = v
        except Exception as e:
            print(type(e).__name__, e)
    S.s = -1
    S.c = -2**31 + 1
    S.a = True
    print(bytes(buf), S.s, S.c)
`,
    String.raw`0 5887 94 2039126956 1 3978 0 8
b'0\x07\xce\xff\xff\xff\xff\x7f' 4153 127 2147483647 1 4095 0
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
TypeError can't convert float to int
TypeError can't convert str to int
b'0\x00\xcc\xff\x01\x00\x00\x00' 0 1
1 7797 103 748391033 1 3978 0 8
b'\xf0\xde\xff=\xff\xff\xff\xff' 6137 127 2147483647 1 4095 0
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
TypeError can't convert float to int
TypeError can't convert str to int
b'\xf0\xdc\x00=\x80\x00\x00\x01' 0 1
2 5887 94 2039126956 1 138 0 8
b'0\x07\xce\xff\xff\xff\xff\x7f' 4153 127 2147483647 1 255 0
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
TypeError can't convert float to int
TypeError can't convert str to int
b'0\x00\xcc\xff\x01\x00\x00\x00' 0 1
5 7797 103 748391033 1 3978 0 8
b'=\x07\xf0\xfe\xff\xff\xff\xff' 8071 120 2147483647 1 4095 0
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
OverflowError overflow converting long int to machine word
TypeError can't convert float to int
TypeError can't convert str to int
b'>\x00\x04=\x01\x00\x00\x80' 0 16777344
`,
  ],
  "arrays: UINT8 ones are bytearrays over the memory, items of scalars and of aggregates": [
    String.raw`import uctypes
buf = bytearray(range(16))
A = uctypes.addressof(buf)
d = {
    "b": (uctypes.ARRAY | 2, uctypes.UINT8 | 4),
    "c": (uctypes.ARRAY | 2, 4),
    "i8": (uctypes.ARRAY | 1, uctypes.INT8 | 3),
    "u16": (uctypes.ARRAY | 1, uctypes.UINT16 | 3),
    "i64": (uctypes.ARRAY | 0, uctypes.INT64 | 2),
    "f": (uctypes.ARRAY | 4, uctypes.FLOAT32 | 2),
    "m": (uctypes.ARRAY | 1, 2, (uctypes.ARRAY | 0, uctypes.INT16 | 3)),
    "s": (uctypes.ARRAY | 3, 2, {"x": uctypes.UINT16 | 0, "y": uctypes.INT8 | 2}),
    "bf": (uctypes.ARRAY | 0, uctypes.BFUINT8 | 2),
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    for i in range(16):
        buf[i] = i * 29 & 0xFF
    S = uctypes.struct(A, d, layout)
    x = S.b
    print(layout, x, type(S.c), type(S.i8), len(x), uctypes.addressof(x) - A, S.c == x)
    x[1] = -1
    x[2] = 2**100 + 7
    print(S.i8[0], S.i8[2], S.u16[0], S.u16[2], S.i64[1], S.f[1], S.m[0][2], S.m[1][0], S.s[1].x, S.s[1].y)
    S.u16[1] = -2
    S.i64[0] = 2**64 + 3
    S.f[0] = 0.1
    S.m[1][2] = -7
    S.s[0].y = 200
    print(bytes(buf), S.f[0])
    for bad in ("S.u16[3]", "S.u16[3] = 1", "S.u16[1:2]", "S.u16['a']", "S.u16[True]", "S.s[0] = 1", "S.m[0] = 1", "S.bf[0]", "S.bf[0] = 1", "del S.u16[0]", "S.u16.x", "S.u16 = 1", "len(S.u16)", "list(S.u16)"):
        try:
            exec(bad)
            print(bad, "ok")
        except Exception as e:
            print(bad, type(e).__name__, e)
print(uctypes.sizeof(S.m), uctypes.sizeof(S.m[1]), uctypes.sizeof(S.s), uctypes.sizeof(S.s[0]), uctypes.sizeof(S.b), uctypes.sizeof(S.f))
mv = memoryview(S.b)
mv[0] = 65
print(buf[2], bytearray(S.u16), bytes(S.s[1]), uctypes.bytes_at(A + 2, 3))
b = bytearray(2)
b[0] = -2
b[1] = 2**40 + 3
print(b)
`,
    String.raw`0 bytearray(b':Wt\x91') <class 'bytearray'> <class 'struct'> 4 2 True
29 -1 14877 44689 -5506080057310706200 0.6329026222229004 -20847 -5941 52142 -24
b'\x03\x00\x00\x00\xcd\xc8\xcc=\xe8\x05"\xf9\xffy\x96\xb3' 0.09999237209558487
S.u16[3] IndexError struct: index out of range
S.u16[3] = 1 IndexError struct: index out of range
S.u16[1:2] IndexError struct: index out of range
S.u16['a'] IndexError struct: index out of range
S.u16[True] IndexError struct: index out of range
S.s[0] = 1 TypeError 'struct' object doesn't support item assignment
S.m[0] = 1 TypeError 'struct' object doesn't support item assignment
S.bf[0] ValueError bad typecode
S.bf[0] = 1 ValueError bad typecode
del S.u16[0] TypeError 'struct' object doesn't support item deletion
S.u16.x TypeError struct: no fields
S.u16 = 1 TypeError syntax error in uctypes descriptor
len(S.u16) TypeError object of type 'struct' has no len()
list(S.u16) TypeError struct: no fields
1 bytearray(b':Wt\x91') <class 'bytearray'> <class 'struct'> 4 2 True
29 -1 7482 37294 -1727937226496960845 -2.5148258845943733e+24 -28242 -13336 44747 -24
b'\x00\x00\x00\x00=\xc8\xcc\xcd\xe8\x05"\xff\xf9y\x96\xb3' 0.09804687649011612
S.u16[3] IndexError struct: index out of range
S.u16[3] = 1 IndexError struct: index out of range
S.u16[1:2] IndexError struct: index out of range
S.u16['a'] IndexError struct: index out of range
S.u16[True] IndexError struct: index out of range
S.s[0] = 1 TypeError 'struct' object doesn't support item assignment
S.m[0] = 1 TypeError 'struct' object doesn't support item assignment
S.bf[0] ValueError bad typecode
S.bf[0] = 1 ValueError bad typecode
del S.u16[0] TypeError 'struct' object doesn't support item deletion
S.u16.x TypeError struct: no fields
S.u16 = 1 TypeError syntax error in uctypes descriptor
len(S.u16) TypeError object of type 'struct' has no len()
list(S.u16) TypeError struct: no fields
2 bytearray(b':Wt\x91') <class 'bytearray'> <class 'struct'> 4 2 True
29 -1 14877 44689 -5506080057310706200 0.6329026222229004 -20847 -5941 59595 5
b'\x03\x00\x00\x00\xcd\xc8\xcc=\xe8\x05"\xf9\xffy\x96\xb3' 0.09999237209558487
S.u16[3] IndexError struct: index out of range
S.u16[3] = 1 IndexError struct: index out of range
S.u16[1:2] IndexError struct: index out of range
S.u16['a'] IndexError struct: index out of range
S.u16[True] IndexError struct: index out of range
S.s[0] = 1 TypeError 'struct' object doesn't support item assignment
S.m[0] = 1 TypeError 'struct' object doesn't support item assignment
S.bf[0] TypeError 'struct' object isn't subscriptable
S.bf[0] = 1 ok
del S.u16[0] TypeError 'struct' object doesn't support item deletion
S.u16.x TypeError struct: no fields
S.u16 = 1 TypeError syntax error in uctypes descriptor
len(S.u16) TypeError object of type 'struct' has no len()
list(S.u16) TypeError struct: no fields
12 6 8 4 4 8
65 bytearray(b'\x00A\x00\xcd\xc8\xcc') b'=\xe8\x05"' b'A\x00\xcd'
bytearray(b'\xfe\x03')
`,
  ],
  "pointers: 4-byte addresses, read native whatever the layout, never stored through": [
    String.raw`import uctypes
inner = bytearray(b"ABCDEFGH")
ip = uctypes.addressof(inner).to_bytes(4, "little")
outer = bytearray(uctypes.addressof(ip).to_bytes(4, "little") + uctypes.addressof(inner).to_bytes(4, "little"))
d = {
    "pp": (uctypes.PTR | 0, (uctypes.PTR | 0, uctypes.UINT16)),
    "pa": (uctypes.PTR | 4, (uctypes.ARRAY | 0, uctypes.UINT8 | 4)),
    "p8": (uctypes.PTR | 4, uctypes.INT8),
    "p32": (uctypes.PTR | 4, uctypes.UINT32),
    "ps": (uctypes.PTR | 4, {"x": uctypes.UINT16 | 1}),
    "pb": (uctypes.PTR | 4, uctypes.BFUINT8),
}
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.LITTLE_ENDIAN), uctypes.sizeof({"p": (uctypes.PTR | 1, uctypes.UINT8)}))
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    P = uctypes.struct(uctypes.addressof(outer), d, layout)
    print(int(P.pp) == uctypes.addressof(ip), int(P.pp[0]) == uctypes.addressof(inner), int(P.p8) == uctypes.addressof(inner))
    print(hex(P.pp[0][0]), hex(P.pp[0][3]), P.pa[0][1], P.pa[1][3], P.p8[2], hex(P.p32[1]), hex(P.ps[0].x), hex(P.ps[1].x))
    print(uctypes.sizeof(P.pp), uctypes.sizeof(P.ps[0]), uctypes.sizeof(P.pa[0]), type(P.pa[0]))
    P.p8[0] = 5
    P.ps[0] = 5
    print(inner, P.p8[0])
    for bad in ("P.pb[0]", "P.pb[0] = 1", "P.p8 = 1", "int(P.ps[0])", "P.ps[0][0]"):
        try:
            exec(bad)
            print(bad, "ok")
        except Exception as e:
            print(bad, type(e).__name__, e)
`,
    String.raw`8 8 8
True True True
0x4241 0x4847 66 72 67 0x48474645 0x4342 0x4645
4 3 4 <class 'struct'>
bytearray(b'ABCDEFGH') 65
P.pb[0] TypeError 'struct' object isn't subscriptable
P.pb[0] = 1 TypeError 'struct' object doesn't support item assignment
P.p8 = 1 TypeError syntax error in uctypes descriptor
int(P.ps[0]) ValueError invalid syntax for integer with base 10: 'ABC'
P.ps[0][0] TypeError struct: can't index
True True True
0x4241 0x4847 66 72 67 0x48474645 0x4243 0x4546
4 3 4 <class 'struct'>
bytearray(b'ABCDEFGH') 65
P.pb[0] TypeError 'struct' object isn't subscriptable
P.pb[0] = 1 TypeError 'struct' object doesn't support item assignment
P.p8 = 1 TypeError syntax error in uctypes descriptor
int(P.ps[0]) ValueError invalid syntax for integer with base 10: 'ABC'
P.ps[0][0] TypeError struct: can't index
True True True
0x4241 0x4847 66 72 67 0x48474645 0x4342 0x4746
4 4 4 <class 'struct'>
bytearray(b'ABCDEFGH') 65
P.pb[0] TypeError 'struct' object isn't subscriptable
P.pb[0] = 1 TypeError 'struct' object doesn't support item assignment
P.p8 = 1 TypeError syntax error in uctypes descriptor
int(P.ps[0]) ValueError invalid syntax for integer with base 10: 'ABCD'
P.ps[0][0] TypeError struct: can't index
`,
  ],
};
