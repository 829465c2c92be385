# try/except/else/finally, raise from, custom exceptions, with.
class AppError(Exception):
    pass


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type is not None)
        return exc_type is KeyError


def risky(k):
    try:
        if k == 0:
            raise ValueError("zero")
        elif k == 1:
            raise AppError("one") from None
        elif k == 2:
            return {}["missing"]
    except ValueError as e:
        print("value error", e)
    except (AppError, KeyError) as e:
        print("app or key", type(e).__name__)
    else:
        print("no error")
    finally:
        print("finally", k)


for k in range(4):
    risky(k)

with Resource("a") as r, Resource("b"):
    print("inside", r.name)

with Resource("c"):
    {}["x"]
print("after suppressed KeyError")

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    finally:
        print("cleanup", i)
