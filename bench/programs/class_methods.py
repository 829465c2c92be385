# Objects: instance creation, attribute reads and writes, method calls, inheritance with super(),
# a property and a special method.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


class ModCounter(Counter):
    def bump(self, k):
        return super().bump(k) % 65521

    @property
    def double(self):
        return self.n * 2


def run(n):
    c = ModCounter()
    v = Vec(0, 0)
    step = Vec(1, 2)
    check = 0
    for i in range(n):
        v = v.add(step)
        check = (check + c.bump(v.dot(step) % 1000)) % 1000003
        if v == step:
            check += 1
    return check + c.double


print(run(70000))
