# @micropython.viper functions: typed arguments and returns, casts, pointer loads and stores,
# wrap-around integer arithmetic, comparisons of machine ints.
import micropython


@micropython.viper
def mul(x: int, y: int) -> int:
    return x * y + (x << 2) - (y >> 1)


@micropython.viper
def to_uint(x: int) -> uint:
    return uint(x) & 0xFFFF


@micropython.viper
def checksum(buf) -> int:
    p = ptr8(buf)
    n = int(len(buf))
    s = 0
    for i in range(n):
        s = (s + p[i]) & 0xFF
    return s


@micropython.viper
def fill16(buf, v: int):
    p = ptr16(buf)
    for i in range(int(len(buf)) >> 1):
        p[i] = v + i


@micropython.viper
def sum32(buf) -> int:
    p = ptr32(buf)
    t = 0
    i = 0
    while i < int(len(buf)) // 4:
        t += p[i]
        i += 1
    return t


@micropython.viper
def flags(a: int, b: int) -> bool:
    return a < b and bool(a != 0)


@micropython.viper
def obj_ops(x, y: int) -> object:
    return [x, y, int(x) + y]


b = bytearray(range(8))
print(mul(3, 4), to_uint(-1), checksum(b))
fill16(b, 0x101)
print(b, sum32(b))
print(flags(1, 2), flags(0, 2), obj_ops(5, 6))
