# Integer arithmetic in a tight loop: small ints, shifts, masks, modulo (a linear congruential
# generator and a digit sum), the core of every interpreter's dispatch.


def run(n):
    x = 12345
    acc = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (x >> 16) % 97
        if i & 7 == 0:
            acc ^= i
    return acc


print(run(300000))
