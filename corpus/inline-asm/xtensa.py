# Xtensa inline assembler (ESP8266, -march=xtensa): literals, branches, loads and stores, shifts.
# mpyc-arches: xtensa
import array


@micropython.asm_xtensa
def big() -> uint:
    movi(a2, 0x12345678)
    movi(a3, 1)
    add(a2, a2, a3)


@micropython.asm_xtensa
def sum_words(a2, a3) -> int:
    movi_n(a4, 0)
    beqz(a3, done)
    label(loop)
    l32i(a5, a2, 0)
    add_n(a4, a4, a5)
    addi(a2, a2, 4)
    addi_n(a3, a3, -1)
    bnez(a3, loop)
    label(done)
    mov(a2, a4)


@micropython.asm_xtensa
def shifts(a2):
    slli(a3, a2, 4)
    srli(a4, a3, 2)
    srai(a5, a4, 1)
    ssl(a2)
    sll(a2, a5)
    nsau(a3, a2)


@micropython.asm_xtensa
def compare(a2, a3):
    blt(a2, a3, less)
    movi_n(a2, 1)
    j(out)
    label(less)
    movi_n(a2, -1)
    label(out)
    bbsi(a2, 31, neg)
    nop()
    label(neg)
    addmi(a2, a2, 256)


a = array.array("i", [1, 2, 3])
print(big(), sum_words(a, 3), shifts(3), compare(1, 2))
