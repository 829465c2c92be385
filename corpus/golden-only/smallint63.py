# mpyc-options: -msmall-int-bits=63
# 63-bit small ints: values a double cannot hold exactly stay small ints, and -(2**62), an int
# object negated, stays an object (py/objint_mpz.c does not shrink the result of unary minus).
a = 4611686018427387903
b = -4611686018427387904
c = 4611686018427387904
d = -4611686018427387905
e = 9007199254740993
f = -9007199254740993
g = 123456789012345678
h = -(2**62)
i = -(1 << 62) + 0
j = ~4611686018427387904
k = (1 << 62) - 1
for n in range(9007199254740993, 9007199254740995, 1234567890123456789):
    print(n)
print(a, b, c, d, e, f, g, h, i, j, k)
x = (4611686018427387903, -4611686018427387904, 9007199254740993)
