# mpyc-options: -msmall-int-bits=16
# With 16-bit small ints, larger literals become constant objects.
values = [1, 16383, 16384, -16384, -16385, 70000]
print(sum(values), [v & 0xFFFF for v in values])
