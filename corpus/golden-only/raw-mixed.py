# Raw bytes beside escapes of lone surrogates and encoded surrogates.
a = 'í €'
b = 'í €í°€'
c = '\ud800\udc00'
d = '\udcff'
e = 'ÿ'
# comment ÿþ
print(a, b, c, d, e)
