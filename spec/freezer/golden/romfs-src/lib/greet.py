# A small module for the ROMFS goldens.
GREETING = "hello from ROM"


def hello(who):
    print(GREETING, who, len(GREETING))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n
