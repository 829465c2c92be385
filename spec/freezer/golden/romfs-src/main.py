import greet
from pkg import VALUE

greet.hello("main")
print(VALUE, greet.Counter().bump(3))
