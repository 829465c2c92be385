# Cases found by fuzzing and by comparing with mpy-cross, kept as regressions.
from micropython import const

_SEP = const("/")
LIMIT = const(1 << 40)
s0 = "ab"
i0 = 3


def f(*args, **kw):
    return args, len(kw)


print(f"<{i0}|{"q"!r:>4}|{s0!r:>6}>", f"{}", f"{ }", f"{i0=}")
print(f(1, k=2, *[3, 4]), f(k=1, *(5,), **{"z": 0}))
print(_SEP.join(["a", "b"]), LIMIT)
print(
    "multi "
    + f"line {i0 - 1}"
)
values = (
    1.5,
    2.5,
)
print(values, {"k": 1,
               "j": 2})
