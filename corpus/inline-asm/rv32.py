# RISC-V inline assembler (-march=rv32imc): compressed forms, immediates, branches, memory, data.
# mpyc-arches: rv32imc
import array


@micropython.asm_rv32
def big() -> uint:
    li(a0, 0x12345678)
    li(a1, -5)
    add(a0, a0, a1)


@micropython.asm_rv32
def sum_words(a0, a1) -> int:
    li(a2, 0)
    label(loop)
    c_beqz(a1, done)
    lw(a3, 0(a0))
    add(a2, a2, a3)
    c_addi(a0, 4)
    addi(a1, a1, -1)
    c_j(loop)
    label(done)
    mv(a0, a2)


@micropython.asm_rv32
def mix(a0, a1):
    mul(a2, a0, a1)
    divu(a3, a2, a1)
    slli(a3, a3, 3)
    c_srli(a3, 1)
    sw(a3, -4(sp))
    lw(a0, -4(sp))
    c_xor(a0, a1)


@micropython.asm_rv32
def address() -> uint:
    la(a0, value)
    lw(a0, 0(a0))
    jal(zero, out)
    align(4)
    label(value)
    data(4, 0xCAFE)
    label(out)


a = array.array("i", [1, 2, 3])
print(big(), sum_words(a, 3), mix(6, 7), address())
