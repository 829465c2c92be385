# Import forms: plain, dotted, as, from-import, star.
import sys
import micropython as mp
from sys import implementation, byteorder as order
from math import *

print(sys.implementation.name, implementation.name == "micropython", order)
print(mp.const(5), floor(2.7), sqrt(16.0))
