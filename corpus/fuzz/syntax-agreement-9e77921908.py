if 1:
  \
 x = 0
 print(x)
if 1:
    y = 1
    \
  z = 2
