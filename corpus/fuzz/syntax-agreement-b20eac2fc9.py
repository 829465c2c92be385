x0 = [1]
print([y for y in x0 if (z := y) > 0], z) \