# Lines of blocks that open with a private const(), which compiles to nothing: the block still
# records its first line (as esp32's machine.py does under `if hasattr(esp32, "PCNT")`).
from micropython import const
import sys

if hasattr(sys, "path"):
    _RANGE = const(32000)

    class Counter:
        _LIMIT = const(7)
        limit = _LIMIT * 2

        def span(self):
            _HALF = const(_RANGE // 2)
            return _HALF


def pick(x):
    if x:
        _A = const(1); _B = const(2)
        return _A + _B
    else:
        _C = const(3);
    _D = const(4)
    return _D


def loops(n):
    total = 0
    for i in range(n):
        _STEP = const(5)
        total += _STEP
    while total > 12:
        _DROP = const(3) \
            ;
        total -= _DROP
    try:
        _BAD = const(9)
        total //= 0
    except ZeroDivisionError:
        _OK = const(1)
        total += _OK
    return total


print(Counter.limit, Counter().span(), pick(1), pick(0), loops(4))
