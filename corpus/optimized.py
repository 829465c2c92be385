# mpyc-options: -O3
# At -O3 asserts vanish, __debug__ is False and no line numbers are kept.
assert False, "dropped"
if __debug__:
    print("debug")
else:
    print("optimised")
print(sum(range(10)))
