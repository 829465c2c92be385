b = b'abc' * 10
#---
c = bytes(range(100))
#---
d = b.hex()
#---
e = bytes.fromhex(d)
#---
f = b + c
