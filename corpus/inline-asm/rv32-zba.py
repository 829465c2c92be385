# RISC-V Zba instructions (-march=rv32imc -march-flags=zba).
# mpyc-arches: rv32imc
# mpyc-options: -march-flags=zba


@micropython.asm_rv32
def index(a0, a1):
    sh1add(a2, a1, a0)
    sh2add(a3, a1, a0)
    sh3add(a0, a1, a0)
    add(a0, a0, a2)
    add(a0, a0, a3)


print(index(100, 3))
