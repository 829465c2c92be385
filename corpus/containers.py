# Lists, tuples, dicts, sets: building, methods, unpacking, star expressions.
lst = [3, 1, 2]
lst.append(5)
lst.extend([0])
lst.sort()
print(lst, lst.pop(), lst.index(2), lst.count(1))
t = (1, 2) + (3,)
print(t, t * 2, len(t))
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(sorted(d.items()), d.get("z", 0), list(d.keys()))
merged = dict(d, d=4)
print(sorted(merged))
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(sorted(s), sorted(s | {9}), sorted(s & {2, 3, 8}))
print(lst + list(t), tuple("ab") + (1,))
del lst[0]
print(lst)
nested = {"k": [1, {"x": (2, 3)}]}
print(nested["k"][1]["x"][1])
