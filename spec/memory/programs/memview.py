buf = bytearray(256)
#---
mv = memoryview(buf)
#---
part = mv[10:100]
#---
part[0] = 7
copy = bytes(part)
#---
mv = None
part = None
