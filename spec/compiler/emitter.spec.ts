// The bytecode emitter: emitter events become the instructions py/emitbc.c writes, with stack
// effects read from the opcode table.

import { describe, expect, it } from "vitest";
import { OP } from "../../bytecode/opcodes.js";
import type { Instr } from "../../compiler/emit/assemble.js";
import { BytecodeEmitter } from "../../compiler/emit/bytecode.js";
import { Scope } from "../../compiler/emit/scope.js";

function emitted(f: (e: BytecodeEmitter) => void): Instr[] {
  const s = new Scope("function", { start: 0, end: 0 }, null, "f");
  const e = new BytecodeEmitter();
  e.startPass("emit", s);
  f(e);
  e.endPass();
  return s.code.toInstrs();
}

const stackOf = (code: Instr[]) => code.map((i) => (i.t === "op" || i.t === "jump" ? i.stack : i.t === "stack" ? i.delta : 0));

describe("bytecode emitter", () => {
  it("takes STORE_COMP's stack effect from the table: a dict pops key and value", () => {
    const dict = emitted((e) => e.storeComp("dictcomp", 5));
    expect(dict).toMatchObject([{ op: "STORE_COMP", uint: (6 << 2) | 1, stack: -2 }]);
    expect(stackOf(emitted((e) => e.storeComp("setcomp", 9)))).toEqual([-1]);
    expect(stackOf(emitted((e) => e.storeComp("listcomp", 5)))).toEqual([-1]);
  });

  it("splits NOT_IN and IS_NOT into the operator and a NOT", () => {
    const code = emitted((e) => e.binaryOp("NOT_IN"));
    expect(code.map((i) => (i.t === "op" ? i.byte : -1))).toEqual([OP.BINARY_OP_MULTI.code + 6, OP.UNARY_OP_MULTI.code + 3]);
  });

  it("pops a for loop's iterator before a plain jump out of it", () => {
    const code = emitted((e) => e.unwindJump(0x8000 | 3, 0));
    expect(code.filter((i) => i.t === "raw")).toHaveLength(4);
    expect(code.at(-1)).toMatchObject({ t: "jump", op: "JUMP", label: 3 });
  });

  it("counts calls as the table does", () => {
    expect(stackOf(emitted((e) => e.callMethod(2, 1, 0)))).toEqual([-5]);
    expect(stackOf(emitted((e) => e.callFunction(1, 0, 1)))).toEqual([-2]);
    expect(stackOf(emitted((e) => e.makeClosure(new Scope("lambda", { start: 0, end: 0 }, null), 3, 1, 0)))).toEqual([-4]);
  });
});
