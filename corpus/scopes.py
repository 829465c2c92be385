# Nested scopes, closures over loop variables, class bodies, del, assert, globals.
x = "global"


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    return middle()


def shadow():
    x = 1
    del x
    try:
        return x
    except NameError:
        return "deleted"


class Config:
    base = 10
    scaled = [base * i for i in range(3)] if False else None
    derived = base * 2


print(outer(), shadow(), Config.derived, Config.scaled)
assert x == "global", "never"
try:
    assert x == "other", "assert fired"
except AssertionError as e:
    print(e)
print("tabs\tand unicode: é", len("é"))
