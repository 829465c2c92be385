# Loops with break/continue/else, while, nested loops, range forms.
for i in range(3):
    print("i", i)
else:
    print("for done")
for i in range(10, 0, -3):
    print("down", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("never")
for x in [1, 2, 3]:
    for y in "ab":
        if y == "b":
            break
        print(x, y)
total = 0
for i in range(len("hello")):
    total += i
print(total)
k = 0
while True:
    k += 1
    if k == 3:
        break
print("k", k)
