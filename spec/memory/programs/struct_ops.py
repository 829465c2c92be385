import struct
#---
p = struct.pack('<IHb', 1, 2, 3)
#---
u = struct.unpack('<IHb', p)
#---
many = [struct.pack('<f', i) for i in range(20)]
#---
buf = bytearray(16)
struct.pack_into('<II', buf, 4, 7, 8)
