x0 = 3
ÿs0 = (s0)[:20]
 print('s0', repr(s0))
