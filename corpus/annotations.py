# Annotations, docstrings, pass, ellipsis bodies.
"""Module docstring."""


def typed(a: int, b: "str" = "x") -> list:
    """Function docstring."""
    result: list = [a, b]
    count: int
    return result


class Empty:
    """Class docstring."""
    pass


def stub():
    ...


print(typed(1), Empty.__name__, stub())
