# Names made of bytes that are not UTF-8: py/lexer.c takes any byte >= 0x80 into a name.
ÿ = 1
xşıy = ÿ + 1
def fÃ(aÿ, *, kş=2):
    return aÿ + kş
class C€:
    m = 3
print(fÃ(xşıy, kş=C€.m))
import úû
