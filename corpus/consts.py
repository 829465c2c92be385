# const() and micropython.const, folded at compile time.
from micropython import const

WIDTH = const(320)
_HEIGHT = const(240)
AREA = const(WIDTH * _HEIGHT)
MASK = const(0xFF << 8)


def pixel(x, y):
    return y * WIDTH + x


print(WIDTH, AREA, MASK, pixel(10, 2), _HEIGHT // 2)
print(1 << 10, 100 // 7, -7 % 3, 2 ** -1, 10 / 4)
