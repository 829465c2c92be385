# VFP inline assembler (armv7emsp, armv7emdp): single-precision arithmetic and conversions.
# mpyc-arches: armv7emsp armv7emdp


@micropython.asm_thumb
def hypot_int(r0, r1):
    vmov(s0, r0)
    vcvt_f32_s32(s0, s0)
    vmov(s1, r1)
    vcvt_f32_s32(s1, s1)
    vmul(s0, s0, s0)
    vmul(s1, s1, s1)
    vadd(s0, s0, s1)
    vsqrt(s0, s0)
    vcvt_s32_f32(s31, s0)
    vmov(r0, s31)


@micropython.asm_thumb
def compare(r0, r1):
    vldr(s2, [r0, 0])
    vldr(s3, [r1, 4])
    vcmp(s2, s3)
    vmrs(APSR_nzcv, FPSCR)
    vneg(s4, s2)
    vdiv(s5, s2, s3)
    vsub(s6, s2, s3)
    vstr(s6, [r0, 8])
    mov(r0, 0)
    bge(done)
    mov(r0, 1)
    label(done)


print(hypot_int(3, 4))
