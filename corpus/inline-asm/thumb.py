# Thumb-1 inline assembler, for every Arm arch: arithmetic, a loop, memory, the stack, calls.
# mpyc-arches: armv6 armv6m armv7m armv7em armv7emsp armv7emdp
import array


@micropython.asm_thumb
def add3(r0, r1, r2):
    add(r0, r0, r1)
    add(r0, r0, r2)


@micropython.asm_thumb
def sum_words(r0, r1) -> uint:
    # r0: address of the words, r1: how many
    mov(r2, 0)
    b(loop_check)
    label(loop)
    ldr(r3, [r0, 0])
    add(r2, r2, r3)
    add(r0, 4)
    sub(r1, 1)
    label(loop_check)
    cmp(r1, 0)
    bgt(loop)
    mov(r0, r2)


@micropython.asm_thumb
def bits(r0):
    mov(r1, 0xF0)
    and_(r0, r1)
    lsr(r0, r0, 4)
    mvn(r1, r0)
    eor(r0, r1)


@micropython.asm_thumb
def nested(r0) -> int:
    push({r4, lr})
    bl(double)
    bl(double)
    pop({r4, pc})
    label(double)
    add(r0, r0, r0)
    bx(lr)


@micropython.asm_thumb
def table(r0) -> uint:
    mov(r1, pc)
    b(skip)
    nop()
    align(4)
    data(4, 0x11111111, 0x22222222, 0x33333333)
    label(skip)
    ldrb(r2, [r1, 8])
    strh(r2, [r0, 4])
    mov(r0, r2)


@micropython.asm_thumb
def nothing():
    pass


@micropython.asm_thumb
def truth(r0) -> bool:
    cmp(r0, 0)
    beq(done)
    mov(r0, 1)
    label(done)


a = array.array("i", [1, 2, 3, 4])
print(add3(1, 2, 3), sum_words(a, len(a)), bits(0xAB), nested(5), nothing(), truth(7))
print(table(a), a)
