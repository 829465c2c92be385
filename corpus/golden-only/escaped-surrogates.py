# Escapes of surrogates, no raw bytes: py/lexer.c encodes each code point on its own.
a = '\ud800\udc00'
b = '\ud83d\ude00 and more text'
c = '\udc80'
print(len(a), len(b), c)
