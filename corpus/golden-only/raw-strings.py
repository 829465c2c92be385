# str and bytes literals copy source bytes as they are, UTF-8 or not.
s = 'aÿb'
t = 'long string with € raw bytes in it'
u = '''þ
ý'''
b = b'ÿþÃ©'
r = r'\ÿ\Ã©'
q = '\Ã©'
f = f'ÿ{s}þ'
print(s, t, u, b, r, q, f)
x = ('ÿ', 'abcdefghijklþ', b'ý')
