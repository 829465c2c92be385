# A small recursive-descent parser for a JSON subset, character by character, over generated
# documents; then a walk of the result. Exercises str indexing, method calls and recursion. Documents
# stay short: MicroPython indexes a str by scanning its UTF-8 from the start, so one long document
# would measure that scan instead of the interpreter.


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        s = self.s
        i = self.i
        while i < len(s) and s[i] in " \n\t":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        return self.number()

    def obj(self):
        self.i += 1
        d = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return d
        while True:
            self.ws()
            k = self.string()
            self.ws()
            self.i += 1  # ':'
            d[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return d

    def arr(self):
        self.i += 1
        a = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return a
        while True:
            a.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return a

    def string(self):
        self.i += 1
        j = self.s.index('"', self.i)
        r = self.s[self.i : j]
        self.i = j + 1
        return r

    def number(self):
        s = self.s
        j = self.i
        while j < len(s) and s[j] in "-0123456789":
            j += 1
        r = int(s[self.i : j])
        self.i = j
        return r


def make(n, per_doc):
    docs = []
    for d in range(0, n, per_doc):
        items = []
        for i in range(d, d + per_doc):
            items.append('{"id": %d, "name": "item%d", "tags": ["a", "b%d"], "pos": [%d, %d]}' % (i, i, i % 5, i * 3, -i))
        docs.append('{"items": [' + ", ".join(items) + '], "count": %d}' % per_doc)
    return docs


def walk(v):
    if isinstance(v, dict):
        return sum(walk(x) for x in v.values()) + len(v)
    if isinstance(v, list):
        return sum(walk(x) for x in v) + len(v)
    if isinstance(v, str):
        return len(v)
    return v


docs = make(400, 4)
check = 0
for _ in range(4):
    for doc in docs:
        check = (check + walk(Parser(doc).value())) % 1000003
print(len(docs), sum(len(d) for d in docs), check)
