# Operators, chained comparisons, conditional expressions, walrus, slices, constant folding.
a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b)
print(a & b, a | b, a ^ b, a << b, a >> 1, ~a)
print(1 < a < 10, 1 < b > a, a == 7 != b, a is not None, 3 in [1, 3])
print("yes" if a > b else "no", a if 0 else b)
print(1 + 2 * 3 - 4 // 2, 2 ** 3 ** 2, (1 << 40) + 1)
data = list(range(10))
print(data[2:5], data[::3], data[-3:], data[::-1][:2])
if (m := len(data)) > 5:
    print("long", m)
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
first, *middle, last = data
print(first, middle, last)
a += 1
data[0] += 100
print(a, data[0])
print(True and 0 or "fallback", None or [] or "end")
