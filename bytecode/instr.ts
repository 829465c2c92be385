// Decoding of one instruction, driven only by the shared opcode table (bytecode/opcodes.ts):
// used by the .mpy validator, the disassembler and the VM.

import { OPCODE_BY_BYTE, type OpcodeInfo } from "./opcodes.js";
import { decodeSint, decodeUint } from "./varint.js";

export interface Instruction {
  readonly info: OpcodeInfo;
  /** The opcode byte itself (distinguishes members of the MULTI families). */
  readonly byte: number;
  readonly offset: number;
  readonly size: number;
  /** Decoded argument: index, count, small int, or signed/unsigned jump displacement. */
  readonly arg: number;
  /** The exact small int when `arg` cannot hold it (63-bit small ints). */
  readonly bigArg?: bigint;
  readonly extra: number;
  /** Absolute offset a jump goes to. */
  readonly target: number;
}

/** Decodes the instruction at `ip`, or returns null if it is unknown or runs past `end`. */
export function decodeInstruction(data: Uint8Array, ip: number, end = data.length): Instruction | null {
  if (ip >= end) return null;
  const byte = data[ip]!;
  const info = OPCODE_BY_BYTE[byte];
  if (!info) return null;
  let p = ip + 1;
  let arg = 0;
  let target = -1;
  let bigArg: bigint | undefined;
  switch (info.arg) {
    case "none":
      break;
    case "sint": {
      const d = decodeSint(data.subarray(0, end), p);
      if (!d) return null;
      arg = d.value;
      bigArg = d.big;
      p = d.next;
      break;
    }
    case "jump":
    case "ujump": {
      if (p >= end) return null;
      let v = data[p]!;
      if (v & 0x80) {
        if (p + 1 >= end) return null;
        v = (v & 0x7f) | (data[p + 1]! << 7);
        p += 2;
        arg = info.arg === "jump" ? v - 0x4000 : v;
      } else {
        p += 1;
        arg = info.arg === "jump" ? v - 0x40 : v;
      }
      target = p + arg;
      break;
    }
    default: {
      const d = decodeUint(data.subarray(0, end), p, 0xffffffff);
      if (!d) return null;
      arg = d.value;
      p = d.next;
    }
  }
  let extra = 0;
  if (info.extraByte) {
    if (p >= end) return null;
    extra = data[p]!;
    p++;
  }
  const ins = { info, byte, offset: ip, size: p - ip, arg, extra, target };
  return bigArg === undefined ? ins : { ...ins, bigArg };
}
