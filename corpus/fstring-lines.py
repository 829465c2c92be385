# Newlines inside f-string arguments: py/lexer.c counts them once in the literal and again when it
# injects the arguments, so every later line number (tracebacks, line tables) moves down.
a = 1
y = f'''{(a
+ a)}''' f'{a}' f'''{
a}'''
print(y)


def f():
    return f'''{
[lambda:
 2][0]()}'''


print(f())
x = (f'{a}'
)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__)
z = f"""{
[a]}"""
raise ValueError(z)
