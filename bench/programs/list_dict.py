# Containers: list append/pop/index/sort, dict insert/lookup/delete with int and str keys.


def run(n):
    d = {}
    keys = []
    check = 0
    for i in range(n):
        k = "k" + str(i % 500)
        d[k] = d.get(k, 0) + i
        keys.append(i * 7 % 101)
        if len(keys) > 50:
            keys.sort()
            check += keys.pop(0) + keys.pop()
            del keys[10:20]
        if i % 3 == 0 and k in d:
            del d[k]
    for k in sorted(d):
        check += d[k] % 1000
    m = {j: j * j for j in range(200)}
    for j in range(200):
        check += m[j] % 13
    return check


print(run(60000))
