// `@micropython.asm_rv32` functions (py/emitinlinerv32.c) for -march=rv32imc: each instruction call
// -> RISC-V machine code, operands checked against the instruction's table entry (register sets,
// immediate ranges, label displacements) as mpy-cross checks them; Zba only with -march-flags=zba.

import type * as A from "../../front/ast.js";
import {
  Rv32Asm, cbOffset, typeB, typeCB, typeCI, typeCIW, typeCJ, typeCL, typeCR, typeCSS, typeI, typeR, typeS, typeU,
} from "../rv32.js";
import { InlineAsm, intOf } from "./common.js";

const REG_NAMES = [
  "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
  "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
];
const regNumber = (s: string): number => {
  const i = REG_NAMES.indexOf(s);
  if (i >= 0) return i;
  const m = /^x([0-9]|[12][0-9]|3[01])$/.exec(s);
  return m ? Number(m[1]) : -1;
};

// Operand kinds (the low two bits), and flags: compressed register, unsigned, non-zero.
const N = 0, R = 1, I = 2, L = 3, C = 4, U = 4, Z = 8;
const RC = R | C, IU = I | U, IZ = I | Z, IUZ = I | U | Z;
type Conv = "RRR" | "RR" | "RRI" | "RRL" | "RI" | "L" | "R" | "RL" | "N" | "RII" | "RIR";
type Emit = (as: Rv32Asm, a: number, b: number, c: number) => void;
interface Op {
  readonly masks: readonly [number, number, number];
  readonly nodes: number;
  readonly conv: Conv;
  readonly kinds: readonly [number, number, number];
  readonly shifts: readonly [number, number, number];
  readonly zba?: boolean;
  readonly emit: Emit;
}

const typeJ = (op: number, rd: number, imm: number) => ((op & 0x7f) | ((rd & 0x1f) << 7) | (imm & 0xff000) | ((imm & 0x800) << 9) | ((imm & 0x7fe) << 20) | ((imm & 0x100000) << 11)) >>> 0;
// The register fields are masked to two bits, as py/asmrv32.h does.
const typeCA = (op: number, f6: number, f2: number, rd: number, rs: number) => (op & 3) | ((f6 & 0x3f) << 10) | ((f2 & 3) << 5) | ((rd & 3) << 7) | ((rs & 3) << 2);
const typeCSRI = (op: number, f3: number, rd: number, csr: number, imm: number) => ((op & 0x7f) | ((rd & 0x1f) << 7) | ((f3 & 7) << 12) | ((csr & 0xfff) << 20) | ((imm & 0x1f) << 15)) >>> 0;

const W = (f: (a: number, b: number, c: number) => number): Emit => (as, a, b, c) => as.word(f(a, b, c));
const H = (f: (a: number, b: number, c: number) => number): Emit => (as, a, b, c) => as.half(f(a, b, c));
const rrr = (f3: number, f7: number) => W((d, s1, s2) => typeR(0x33, f3, f7, d, s1, s2));
const rri = (op: number, f3: number) => W((d, s, i) => typeI(op, f3, d, s, i));
const branch = (f3: number) => W((s1, s2, off) => typeB(0x63, f3, s1, s2, off));

const ALL = 0xffffffff, FULL = [ALL, ALL, ALL] as const;
function op(masks: readonly [number, number, number], nodes: number, conv: Conv, kinds: readonly [number, number, number], emit: Emit, shifts: readonly [number, number, number] = [0, 0, 0], zba = false): Op {
  return { masks, nodes, conv, kinds, shifts, emit, zba };
}
const RRR3 = (emit: Emit, zba = false) => op(FULL, 3, "RRR", [R, R, R], emit, [0, 0, 0], zba);
const RRI3 = (emit: Emit, m3 = 0xfff, k3 = I) => op([ALL, ALL, m3], 3, "RRI", [R, R, k3], emit);
const LOAD = (f3: number) => op([ALL, 0xfff, ALL], 2, "RIR", [R, I, R], rri(0x03, f3));
const STORE = (f3: number) => op([ALL, 0xfff, ALL], 2, "RIR", [R, I, R], W((s2, s1, off) => typeS(0x23, f3, s1, s2, off)));

const OPS: Readonly<Record<string, Op>> = {
  add: RRR3(rrr(0, 0)),
  addi: RRI3(rri(0x13, 0)),
  and_: RRR3(rrr(7, 0)),
  andi: RRI3(rri(0x13, 7)),
  auipc: op([ALL, 0xfffff000, 0], 2, "RI", [R, I, N], W((d, i) => typeU(0x17, d, i)), [0, 12, 0]),
  beq: op([ALL, ALL, 0x1ffe], 3, "RRL", [R, R, L], branch(0)),
  bge: op([ALL, ALL, 0x1ffe], 3, "RRL", [R, R, L], branch(5)),
  bgeu: op([ALL, ALL, 0x1ffe], 3, "RRL", [R, R, L], branch(7)),
  blt: op([ALL, ALL, 0x1ffe], 3, "RRL", [R, R, L], branch(4)),
  bltu: op([ALL, ALL, 0x1ffe], 3, "RRL", [R, R, L], branch(6)),
  bne: op([ALL, ALL, 0x1ffe], 3, "RRL", [R, R, L], branch(1)),
  csrrc: RRI3(rri(0x73, 3), 0xfff, IU),
  csrrs: RRI3(rri(0x73, 2), 0xfff, IU),
  csrrw: RRI3(rri(0x73, 1), 0xfff, IU),
  csrrci: op([ALL, 0xfff, 0x1f], 3, "RII", [R, IU, IU], W((d, csr, i) => typeCSRI(0x73, 7, d, csr, i))),
  csrrsi: op([ALL, 0xfff, 0x1f], 3, "RII", [R, IU, IU], W((d, csr, i) => typeCSRI(0x73, 6, d, csr, i))),
  csrrwi: op([ALL, 0xfff, 0x1f], 3, "RII", [R, IU, IU], W((d, csr, i) => typeCSRI(0x73, 5, d, csr, i))),
  c_add: op([0xfffffffe, 0xfffffffe, 0], 2, "RR", [R, R, N], H((d, s) => typeCR(2, 9, d, s))),
  c_addi: op([0xfffffffe, 0x3f, 0], 2, "RI", [R, IZ, N], H((d, i) => typeCI(1, 0, d, i))),
  c_addi4spn: op([0xff00, 0x3fc, 0], 2, "RI", [R, IUZ, N], H((d, i) => typeCIW(0, 0, d, i))),
  c_and: op([0xff00, 0xff00, 0], 2, "RR", [RC, RC, N], H((d, s) => typeCA(1, 0x23, 3, d, s))),
  c_andi: op([0xff00, 0x3f, 0], 2, "RI", [RC, I, N], H((d, i) => typeCB(1, 4, d, ((i & 0x20) << 2) | (i & 0x1f) | 0x40))),
  c_beqz: op([0xff00, 0x1fe, 0], 2, "RL", [RC, L, N], H((s, o) => typeCB(1, 6, s, cbOffset(o)))),
  c_bnez: op([0xff00, 0x1fe, 0], 2, "RL", [RC, L, N], H((s, o) => typeCB(1, 7, s, cbOffset(o)))),
  c_ebreak: op([0, 0, 0], 0, "N", [N, N, N], H(() => 0x9002)),
  c_j: op([0xffe, 0, 0], 1, "L", [L, N, N], H((o) => typeCJ(1, 5, o))),
  c_jal: op([0xffe, 0, 0], 1, "L", [L, N, N], H((o) => typeCJ(1, 1, o))),
  c_jalr: op([0xfffffffe, 0, 0], 1, "R", [R, N, N], H((s) => typeCR(2, 9, s, 0))),
  c_jr: op([0xfffffffe, 0, 0], 1, "R", [R, N, N], H((s) => typeCR(2, 8, s, 0))),
  c_li: op([0xfffffffe, 0x3f, 0], 2, "RI", [R, I, N], H((d, i) => typeCI(1, 2, d, i))),
  c_lui: op([0xfffffffa, 0x1f800, 0], 2, "RI", [R, IUZ, N], H((d, i) => typeCI(1, 3, d, Math.floor(i / 4096))), [0, 12, 0]),
  c_lw: op([0xff00, 0x7c, 0xff00], 2, "RIR", [RC, I, RC], H((d, s, o) => typeCL(0, 2, d, s, o))),
  c_lwsp: op([0xfffffffe, 0xfc, 0], 2, "RI", [R, I, N], H((d, o) => typeCI(2, 2, d, ((o & 0xc0) >> 6) | (o & 0x3c)))),
  c_mv: op([0xfffffffe, 0xfffffffe, 0], 2, "RR", [R, R, N], H((d, s) => typeCR(2, 8, d, s))),
  c_nop: op([0, 0, 0], 0, "N", [N, N, N], H(() => 0x0001)),
  c_or: op([0xff00, 0xff00, 0], 2, "RR", [RC, RC, N], H((d, s) => typeCA(1, 0x23, 2, d, s))),
  c_slli: op([0xfffffffe, 0x1f, 0], 2, "RI", [R, IU, N], H((d, i) => typeCI(2, 0, d, i))),
  c_srai: op([0xff00, 0x1f, 0], 2, "RI", [RC, IU, N], H((d, i) => typeCB(1, 4, d, ((i & 0x20) << 2) | (i & 0x1f) | 0x20))),
  c_srli: op([0xff00, 0x1f, 0], 2, "RI", [RC, IU, N], H((d, i) => typeCB(1, 4, d, ((i & 0x20) << 2) | (i & 0x1f)))),
  c_sub: op([0xff00, 0xff00, 0], 2, "RR", [RC, RC, N], H((d, s) => typeCA(1, 0x23, 0, d, s))),
  c_sw: op([0xff00, 0x7c, 0xff00], 2, "RIR", [RC, I, RC], H((s1, s2, o) => typeCL(0, 6, s1, s2, o))),
  c_swsp: op([ALL, 0xfc, 0], 2, "RI", [R, I, N], H((s, o) => typeCSS(2, 6, s, ((o & 0xc0) >> 6) | (o & 0x3c)))),
  c_xor: op([0xff00, 0xff00, 0], 2, "RR", [RC, RC, N], H((d, s) => typeCA(1, 0x23, 1, d, s))),
  div: RRR3(rrr(4, 1)),
  divu: RRR3(rrr(5, 1)),
  ebreak: op([0, 0, 0], 0, "N", [N, N, N], W(() => 0x100073)),
  ecall: op([0, 0, 0], 0, "N", [N, N, N], W(() => 0x73)),
  jal: op([ALL, 0x1ffffe, 0], 2, "RL", [R, L, N], W((d, o) => typeJ(0x6f, d, o))),
  jalr: RRI3(rri(0x67, 0)),
  la: op([ALL, ALL, 0], 2, "RL", [R, L, N], (as, d, disp) => {
    // auipc and addi whatever the displacement, so that labels do not move between passes.
    const v = BigInt.asUintN(64, BigInt(disp));
    let upper = v & 0xfffff000n;
    const lower = Number(v & 0xfffn);
    if (lower & 0x800) upper += 0x1000n;
    as.word(typeU(0x17, d, Number(upper)));
    as.word(typeI(0x13, 0, d, d, lower));
  }),
  lb: LOAD(0),
  lbu: LOAD(4),
  lh: LOAD(1),
  lhu: LOAD(5),
  li: op([ALL, ALL, 0], 2, "RI", [R, I, N], (as, d, i) => as.movRegImm(d, BigInt(i))),
  lui: op([ALL, 0xfffff000, 0], 2, "RI", [R, I, N], W((d, i) => typeU(0x37, d, i)), [0, 12, 0]),
  lw: LOAD(2),
  mv: op([ALL, ALL, 0], 2, "RR", [R, R, N], H((d, s) => typeCR(2, 8, d, s))),
  mul: RRR3(rrr(0, 1)),
  mulh: RRR3(rrr(1, 1)),
  mulhsu: RRR3(rrr(2, 1)),
  mulhu: RRR3(rrr(3, 1)),
  or_: RRR3(rrr(6, 0)),
  ori: RRI3(rri(0x13, 6)),
  rem: RRR3(rrr(6, 1)),
  remu: RRR3(rrr(7, 1)),
  sb: STORE(0),
  sh: STORE(1),
  sh1add: RRR3(rrr(2, 0x10), true),
  sh2add: RRR3(rrr(4, 0x10), true),
  sh3add: RRR3(rrr(6, 0x10), true),
  sll: RRR3(rrr(1, 0)),
  slli: RRI3(W((d, s, i) => typeI(0x13, 1, d, s, i & 0x1f)), 0x1f, IU),
  slt: RRR3(rrr(2, 0)),
  slti: RRI3(rri(0x13, 2)),
  sltiu: RRI3(rri(0x13, 3)),
  sltu: RRR3(rrr(3, 0)),
  sra: RRR3(rrr(5, 0x20)),
  srai: RRI3(W((d, s, i) => typeI(0x13, 5, d, s, (i & 0x1f) | 0x400)), 0x1f, IU),
  srl: RRR3(rrr(5, 0)),
  srli: RRI3(W((d, s, i) => typeI(0x13, 5, d, s, i & 0x1f)), 0x1f, IU),
  sub: RRR3(rrr(0, 0x20)),
  sw: STORE(2),
  xor: RRR3(rrr(4, 0)),
  xori: RRI3(rri(0x13, 4)),
};

const M64 = (1n << 64n) - 1n;
const clz32 = (m: number) => Math.clz32(m);
const ctz32 = (m: number) => (m === 0 ? 32 : 31 - Math.clz32(m & -m));

/** is_in_signed_mask of py/emitinlinerv32.c, on the host's 64-bit mp_uint_t. */
function inSignedMask(mask: number, value: bigint): boolean {
  const lz = clz32(mask);
  if (lz === 0) return true;
  const positive = ~BigInt((mask & ~(1 << (31 - lz))) >>> 0) & M64;
  if ((value & positive) === 0n) return true;
  let negative = ~BigInt(mask >>> 1) & M64;
  const tz = ctz32(mask);
  if (tz > 0) {
    const trailing = (1n << BigInt(tz)) - 1n;
    if ((value & trailing) !== 0n) return false;
    negative &= ~trailing & M64;
  }
  return (value & negative) === negative;
}
const inUnsignedMask = (mask: number, value: bigint) => (value & (~BigInt(mask >>> 0) & M64)) === 0n;
const inMask = (kind: number, mask: number, value: bigint) => ((kind & U) ? inUnsignedMask(mask, value) : inSignedMask(mask, value));

/** A 64-bit value as the int the instruction encoders take. */
const asInt = (v: bigint) => Number(BigInt.asIntN(64, v));

export class InlineRv32 extends InlineAsm {
  readonly as: Rv32Asm;

  constructor(private readonly zba: boolean) {
    super();
    this.as = new Rv32Asm(zba);
  }

  protected entry(): void {}
  protected exit(): void {
    this.as.half(typeCR(2, 8, 1, 0));
  }

  countParams(params: readonly (A.Arg | null)[]): number {
    if (params.length > 4) {
      this.fail("can only have up to 4 parameters for RV32 assembly");
      return 0;
    }
    for (let i = 0; i < params.length; i++) {
      if (regNumber(params[i]?.arg ?? "") !== 10 + i) {
        this.fail("parameters must be registers in sequence a0 to a3");
        return 0;
      }
    }
    return params.length;
  }

  /** One operand (serialise_argument); null after an error. */
  private operand(name: string, o: Op, e: A.Expr | undefined, index: number): bigint | null {
    const kind = o.kinds[index]!;
    const mask = o.masks[index]!;
    const at = index + 1;
    switch (kind & 3) {
      case R: {
        const r = e?.kind === "Name" ? regNumber(e.id) : -1;
        if (r < 0) return this.bad(`opcode '${name}' argument ${at}: expecting register`);
        if ((mask & (1 << r)) === 0) return this.bad(`opcode '${name}' argument ${at}: unknown register`);
        return BigInt(kind & C ? r - 8 : r);
      }
      case I: {
        const v = intOf(e);
        if (v === null) return this.bad(`opcode '${name}' argument ${at}: expecting integer`);
        const imm = (BigInt.asUintN(64, v) << BigInt(o.shifts[index]!)) & M64;
        if (!inMask(kind, mask, imm)) return this.bad(`opcode '${name}' argument ${at}: out of range`);
        if (kind & Z && imm === 0n) return this.bad(`opcode '${name}' argument ${at}: must not be zero`);
        return imm;
      }
      case L: {
        if (e?.kind !== "Name") return this.bad(`opcode '${name}' argument ${at}: expecting label`);
        const label = this.findLabel(e.id);
        const dest = label === null ? undefined : this.as.labelOffset(label);
        if (label === null && this.emitPass) return this.bad(`opcode '${name}' argument ${at}: undefined label '${e.id}'`);
        // A label not met yet in a sizing pass: mpy-cross reads past its table; sizes do not depend on it.
        if (dest === undefined) return 0n;
        const disp = BigInt.asUintN(64, BigInt(dest - this.as.codePos));
        if (!inMask(kind, mask, disp)) return this.bad(`opcode '${name}' argument ${at}: out of range`);
        return disp;
      }
      default:
        return 0n;
    }
  }

  private bad(message: string): null {
    this.fail(message);
    return null;
  }

  /** `offset(base)`, or `-offset(base)` (serialise_register_offset_node). */
  private offsetBase(name: string, o: Op, e: A.Expr | undefined): [bigint, bigint] | null {
    let node = e;
    let negative = false;
    if (node?.kind === "UnaryOp" && (node.op === "-" || node.op === "+")) {
      negative = node.op === "-";
      node = node.operand;
      if (!isOffsetForm(node)) return this.bad(`opcode '${name}' argument 2: expecting offset`);
    } else if (!isOffsetForm(node)) {
      return this.bad(`opcode '${name}' argument 2: expecting offset`);
    }
    const [offNode, baseNode] = offsetParts(node!);
    let offset: bigint;
    if (negative) {
      const v = intOf(offNode);
      if (v === null) return this.bad(`opcode '${name}' argument 2: expecting integer`);
      offset = (-BigInt.asUintN(64, v)) & M64;
      const shifted = (offset << BigInt(o.shifts[1])) & M64;
      const kind = o.kinds[1];
      if (!inMask(kind, o.masks[1], shifted) || (kind & Z && shifted === 0n)) return this.bad(`opcode '${name}' argument 2: out of range`);
    } else {
      const v = this.operand(name, o, offNode, 1);
      if (v === null) return null;
      offset = v;
    }
    const base = this.operand(name, o, baseNode, 2);
    return base === null ? null : [offset, base];
  }

  op(name: string, args: readonly A.Expr[]): void {
    const o = Object.hasOwn(OPS, name) ? OPS[name] : undefined;
    if (!o || (o.zba && !this.zba)) return this.fail(`invalid RV32 instruction '${name}'`);
    if (args.length !== o.nodes) return this.fail(`opcode '${name}': expecting ${o.nodes} arguments`);
    const v: bigint[] = [0n, 0n, 0n];
    if (o.nodes >= 1) {
      const a = this.operand(name, o, args[0], 0);
      if (a === null) return;
      v[0] = a;
    }
    if (o.conv === "RIR") {
      const ob = this.offsetBase(name, o, args[1]);
      if (!ob) return;
      // The encoders take the base before the offset.
      o.emit(this.as, asInt(v[0]!), asInt(ob[1]), asInt(ob[0]));
      return;
    }
    for (let i = 1; i < o.nodes; i++) {
      const a = this.operand(name, o, args[i], i);
      if (a === null) return;
      v[i] = a;
    }
    o.emit(this.as, asInt(v[0]!), asInt(v[1]!), asInt(v[2]!));
  }

  private findLabel(name: string): number | null {
    const i = this.labelIndex(name);
    return i < 0 ? null : i;
  }
}

/** An operand of the form `x(y)` (one trailer), which the parser makes of `offset(base)`. */
function isOffsetForm(e: A.Expr | undefined): boolean {
  if (!e) return false;
  if (e.kind === "Call") return e.func.kind !== "Call" && e.func.kind !== "Subscript" && e.func.kind !== "Attribute";
  return false;
}

function offsetParts(e: A.Expr): [A.Expr, A.Expr | undefined] {
  const c = e as A.Call;
  // `4(a1, a2)` or `4()` has no single register inside: that operand is not a register.
  return [c.func, c.args.length === 1 && c.keywords.length === 0 ? c.args[0] : undefined];
}
