# Classes: inheritance, super(), properties, special methods, class attributes, decorators.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s with %d sides" % (self.name, self.sides)

    def __repr__(self):
        return "Shape(%r)" % self.name


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self._size = size

    @property
    def area(self):
        return self._size * self._size

    def __eq__(self, other):
        return isinstance(other, Square) and other._size == self._size

    def __add__(self, other):
        return Square(self._size + other._size)

    @staticmethod
    def unit():
        return Square(1)

    @classmethod
    def named(cls):
        return cls.__name__


s = Square(3)
print(s.describe(), s.area)
print(s == Square(3), s == Square(4))
print((s + Square.unit()).area, Square.named())
print(repr(Shape("blob")))


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, v):
        return v in self.xs


v = Vec(1, 2, 3)
print(len(v), v[1], list(v), 2 in v, 5 in v)
