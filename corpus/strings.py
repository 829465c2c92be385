# String methods, formatting, f-strings.
name = "MicroPython"
version = (1, 27)
print(name.upper(), name.lower(), name.find("Py"), name.replace("Micro", "Mega"))
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "  pad  ".strip())
print("%s v%d.%d" % (name, version[0], version[1]))
print("{} and {}".format(1, "two"), "{0}{1}{0}".format("x", "y"))
print(f"{name} {version[0]}.{version[1]}", f"{3.14159:.2f}", f"{42:>6}", f"{'q'!r}")
w = 8
print(f"[{name:^{w}}]", f"{{literal}}")
print(name[0], name[-1], name[2:7], len(name))
print(str(123), repr("it's"), int("42") + 1, float("2.5"))
print("abc" * 3, "b" in "abc", ord("A"), chr(66))
