# Comprehensions of every kind, nested, with conditions and closures.
n = 5
print([i * i for i in range(n)])
print([(i, j) for i in range(3) for j in range(i) if j != 1])
print({i: i % 3 for i in range(6)})
print(sorted({c for c in "mississippi"}))
print(list(x + n for x in (1, 2, 3)))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print(any(v > 7 for row in matrix for v in row), all(v >= 0 for row in matrix for v in row))
funcs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in funcs])
