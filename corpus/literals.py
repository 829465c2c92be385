# Literals of every form: ints in all bases, big ints, floats, complex, strings, bytes.
print(0x1F, 0o17, 0b1011, 1_000_000, 7)
print(2 ** 100, -(2 ** 64), 12345678901234567890)
print(1.5, 1e10, 1.5e-7, 0.1 + 0.2, 3.0)
print(2j, (1 + 2j) * 1j)
print("tab\there", 'quote"s', "uni\u00e9", "\x41\101", r"raw\n")
print(b"bytes\x00\xff", rb"\d")
print("con" "cat" 'enated')
s = """multi
line"""
print(s, len(s))
print("long string literal that is more than ten bytes", "short")
print((1, 2, 3), ((1, "a"), None, True, ...))
print(-1, +2, ~3, not 0)
x = (1 +
     2)
print(x, \
      "continued")
