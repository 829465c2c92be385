# Thumb-2 inline assembler (armv7m and up): movw/movt, IT blocks, wide branches, division, bit counts.
# mpyc-arches: armv7m armv7em armv7emsp armv7emdp


@micropython.asm_thumb
def big() -> uint:
    movwt(r0, 0x12345678)
    movw(r1, 0xFFFF)
    movt(r1, 0x0001)
    add(r0, r0, r1)


@micropython.asm_thumb
def clamp(r0, r1):
    cmp(r0, r1)
    ite(gt)
    mov(r0, r1)
    mov(r0, r0)


@micropython.asm_thumb
def divide(r0, r1):
    sdiv(r2, r0, r1)
    udiv(r3, r0, r1)
    add(r0, r2, r3)


@micropython.asm_thumb
def leading(r0):
    clz(r1, r0)
    rbit(r2, r0)
    mov(r0, r1)


@micropython.asm_thumb
def far(r0):
    beq_w(end)
    push({r0, r8, r9})
    pop({r0, r8, r9})
    label(end)
    mrs(r1, IPSR)


print(big(), clamp(5, 3), divide(20, 3), leading(1), far(0))
