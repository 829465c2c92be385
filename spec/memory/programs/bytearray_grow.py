ba = bytearray()
#---
for i in range(100):
    ba.append(i & 0xff)
#---
ba.extend(b'x' * 200)
#---
ba2 = bytearray(1000)
#---
ba = ba[:10]
