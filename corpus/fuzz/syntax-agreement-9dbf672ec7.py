x0 = 3
ÿ('')
print(x0)
