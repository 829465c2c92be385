// Regular expressions as MicroPython v1.27.0's re module runs them (extmod/modre.c over
// lib/re1.5): a pattern's bytes compile to re1.5's byte code, which a backtracking matcher runs
// over the subject's bytes (a str is matched as its UTF-8), filling capture offsets.

import { HostError } from "./host-error.js";

/** Opcodes of the byte code (lib/re1.5/re1.5.h); below BOL they consume a byte. */
const enum Op {
  CHAR = 1,
  ANY = 2,
  CLASS = 3,
  CLASS_NOT = 4,
  NAMED_CLASS = 5,
  BOL = 0x50,
  EOL = 0x51,
  JMP = 0x60,
  SPLIT = 0x61,
  RSPLIT = 0x62,
  SAVE = 0x7e,
  MATCH = 0x7f,
}

/** The search prefix (try here, else skip a byte and loop) that a match starts past. */
const SEARCH_PREFIX = [Op.RSPLIT, 3, Op.ANY, Op.JMP, -5];
const ANCHORED_START = SEARCH_PREFIX.length;

export interface Program {
  /** The byte code, each byte as C's signed char. */
  readonly code: Int8Array;
  /** Instructions, as re1.5 counts them (for the DEBUG listing). */
  readonly insts: number;
  /** Capturing groups. */
  readonly groups: number;
}

const signed = (v: number): number => (v << 24) >> 24;
const fitsByte = (v: number): boolean => v === signed(v);

/** d, D, s, S, w, W: the letters that name a class after a backslash. */
const isClassName = (c: number): boolean => (c | 0x20) === 0x64 || (c | 0x24) === 0x77;

class Compiler {
  readonly code: number[] = [...SEARCH_PREFIX, Op.SAVE, 0];
  insts = 4;
  groups = 0;
  constructor(private readonly re: Uint8Array) {}

  /** The pattern byte at `i`, 0 past the end (the pattern is a C string). */
  at(i: number): number {
    return i < this.re.length ? this.re[i]! : 0;
  }

  /**
   * Compiles from `i` up to the end or an unmatched ')', returning where it stopped, or null for
   * a pattern it cannot compile (syntax, or a count or jump beyond a signed byte).
   */
  body(i: number): number | null {
    const code = this.code;
    let err = false;
    const checked = (at: number, v: number) => {
      if (!fitsByte(v)) err = true;
      code[at] = v;
    };
    const insert = (at: number) => code.splice(at, 0, 0, 0);
    const start = code.length;
    let term = code.length;
    let altLabel = 0;
    for (; this.at(i) !== 0 && this.at(i) !== 0x29; i++) {
      let c = this.at(i);
      switch (c) {
        case 0x2e: // .
          term = code.length;
          code.push(Op.ANY);
          this.insts++;
          break;
        case 0x5b: {
          // [
          term = code.length;
          i++;
          if (this.at(i) === 0x5e) {
            code.push(Op.CLASS_NOT, 0);
            i++;
          } else code.push(Op.CLASS, 0);
          this.insts++;
          let cnt = 0;
          for (; this.at(i) !== 0x5d; i++, cnt++) {
            c = this.at(i);
            if (c === 0x5c) {
              c = this.at(++i);
              if (isClassName(c)) {
                // A named class inside a set: a pair with a zero first byte.
                code.push(0, c);
                continue;
              }
            }
            if (c === 0) return null;
            if (this.at(i + 1) === 0x2d && this.at(i + 2) !== 0x5d) i += 2;
            code.push(c, this.at(i));
            // "[a-" leaves a range ending at the pattern's end, where re1.5 reads on past the
            // string's terminator; here the set, and the pattern, end there.
            if (i >= this.re.length) {
              checked(term + 1, cnt + 1);
              return err ? null : i;
            }
          }
          checked(term + 1, cnt);
          break;
        }
        case 0x28: {
          // (
          term = code.length;
          const capture = this.at(i + 1) !== 0x3f || this.at(i + 2) !== 0x3a;
          const sub = capture ? ++this.groups : 0;
          if (capture) {
            code.push(Op.SAVE, 0);
            checked(code.length - 1, 2 * sub);
            this.insts++;
          } else i += 2;
          const end = this.body(i + 1);
          if (end === null || this.at(end) !== 0x29) return null;
          i = end;
          if (capture) {
            code.push(Op.SAVE, 0);
            checked(code.length - 1, 2 * sub + 1);
            this.insts++;
          }
          break;
        }
        case 0x3f: // ?
          if (code.length === term) return null;
          insert(term);
          if (this.at(i + 1) === 0x3f) {
            code[term] = Op.RSPLIT;
            i++;
          } else code[term] = Op.SPLIT;
          checked(term + 1, code.length - term - 2);
          this.insts++;
          term = code.length;
          break;
        case 0x2a: {
          // *
          if (code.length === term) return null;
          insert(term);
          const jmp = code.length;
          code.push(Op.JMP, 0);
          checked(jmp + 1, term - jmp - 2);
          if (this.at(i + 1) === 0x3f) {
            code[term] = Op.RSPLIT;
            i++;
          } else code[term] = Op.SPLIT;
          checked(term + 1, code.length - term - 2);
          this.insts += 2;
          term = code.length;
          break;
        }
        case 0x2b: {
          // +
          if (code.length === term) return null;
          const at = code.length;
          if (this.at(i + 1) === 0x3f) {
            code.push(Op.SPLIT, 0);
            i++;
          } else code.push(Op.RSPLIT, 0);
          checked(at + 1, term - at - 2);
          this.insts++;
          term = code.length;
          break;
        }
        case 0x7c: // |
          // Each alternative ends in a jump to the next one's end jump, patched when that is known.
          if (altLabel) checked(altLabel, code.length - altLabel - 1);
          insert(start);
          code.push(Op.JMP, 0);
          altLabel = code.length - 1;
          code[start] = Op.SPLIT;
          checked(start + 1, code.length - start - 2);
          this.insts += 2;
          term = code.length;
          break;
        case 0x5e: // ^
          code.push(Op.BOL);
          this.insts++;
          term = code.length;
          break;
        case 0x24: // $
          code.push(Op.EOL);
          this.insts++;
          term = code.length;
          break;
        default:
          if (c === 0x5c) {
            // A backslash names a class (\d \s \w, upper case negated) or escapes any other byte.
            c = this.at(++i);
            if (c === 0) return null;
            if (isClassName(c)) {
              term = code.length;
              code.push(Op.NAMED_CLASS, c);
              this.insts++;
              break;
            }
          }
          term = code.length;
          code.push(Op.CHAR, c);
          this.insts++;
      }
    }
    if (altLabel) checked(altLabel, code.length - altLabel - 1);
    return err ? null : i;
  }
}

/**
 * re.compile's program for the pattern's bytes (up to a NUL, as a C string). A pattern re1.5
 * cannot size is "regex too complex"; one it sizes but stops short of (a stray ')') is "error in
 * regex".
 */
export function compile(pattern: Uint8Array): Program {
  const nul = pattern.indexOf(0);
  const c = new Compiler(nul < 0 ? pattern : pattern.subarray(0, nul));
  const end = c.body(0);
  if (end === null) throw new HostError("ValueError", "regex too complex");
  if (c.at(end) !== 0) throw new HostError("ValueError", "error in regex");
  c.code.push(Op.SAVE, 1, Op.MATCH);
  return { code: Int8Array.from(c.code.map(signed)), insts: c.insts + 2, groups: c.groups };
}

/** Bytes of the compiled object as modre.c allocates it: the header, ByteProg's three ints, the code. */
export function programBytes(p: Program): number {
  return 16 + p.code.length;
}

/** Does byte `b` (as a signed char) fall in the named class `name` (d, s, w; upper case negates)? */
function inNamedClass(name: number, b: number): boolean {
  const lower = name | 0x20;
  const hit =
    lower === 0x64
      ? b >= 0x30 && b <= 0x39
      : lower === 0x73
        ? b === 0x20 || (b >= 0x09 && b <= 0x0d)
        : (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b === 0x5f;
  return hit === (name === lower);
}

/** The set at `pc` (its pair count) against byte `b`: ranges compare as signed chars, as re1.5's do. */
function inClass(code: Int8Array, pc: number, b: number, positive: boolean): boolean {
  const n = code[pc]! & 0xff;
  for (let k = 0, p = pc + 1; k < n; k++, p += 2) {
    const lo = code[p]!;
    if (lo === 0 ? inNamedClass(code[p + 1]!, b) : b >= lo && b <= code[p + 1]!) return positive;
  }
  return !positive;
}

export interface Subject {
  readonly bytes: Uint8Array;
  /** Where matching starts (pos) and stops (endpos); ^ still means offset 0. */
  readonly begin: number;
  readonly end: number;
}

const FRAME_SPLIT = 0;
const FRAME_SAVE = 1;

/**
 * Runs the program over the subject, anchored at `begin` (match) or trying each offset (search).
 * `caps` (2 per group, group 0 first, -1 for unset) receives the capture offsets. re1.5 recurses
 * at each split and save; `maxDepth` is how deep the C stack lets it go before RuntimeError.
 */
export function run(p: Program, s: Subject, anchored: boolean, caps: Int32Array, maxDepth: number): boolean {
  const code = p.code;
  const bytes = s.bytes;
  const end = s.end;
  // Each pending frame: its kind, then a pc and offset (split) or a slot and old value (save).
  const frames: number[] = [];
  let pc = anchored ? ANCHORED_START : 0;
  let sp = s.begin;
  const enter = () => {
    if (frames.length / 3 + 1 >= maxDepth) throw new HostError("RuntimeError", "maximum recursion depth exceeded");
  };
  for (;;) {
    let ok = true;
    for (;;) {
      const op = code[pc++]!;
      if (op < Op.BOL && sp >= end) {
        ok = false;
        break;
      }
      if (op === Op.CHAR) {
        if (signed(bytes[sp]!) !== code[pc++]) {
          ok = false;
          break;
        }
        sp++;
      } else if (op === Op.ANY) sp++;
      else if (op === Op.CLASS || op === Op.CLASS_NOT) {
        if (!inClass(code, pc, signed(bytes[sp]!), op === Op.CLASS)) {
          ok = false;
          break;
        }
        pc += (code[pc]! & 0xff) * 2 + 1;
        sp++;
      } else if (op === Op.NAMED_CLASS) {
        if (!inNamedClass(code[pc++]!, signed(bytes[sp]!))) {
          ok = false;
          break;
        }
        sp++;
      } else if (op === Op.MATCH) return true;
      else if (op === Op.JMP) {
        pc += code[pc]! + 1;
      } else if (op === Op.SPLIT || op === Op.RSPLIT) {
        // SPLIT tries the next instruction first, RSPLIT the jump target.
        const next = pc + 1;
        const target = next + code[pc]!;
        enter();
        frames.push(FRAME_SPLIT, op === Op.SPLIT ? target : next, sp);
        pc = op === Op.SPLIT ? next : target;
      } else if (op === Op.SAVE) {
        const slot = code[pc++]! & 0xff;
        if (slot >= caps.length) continue;
        enter();
        frames.push(FRAME_SAVE, slot, caps[slot]!);
        caps[slot] = sp;
      } else if (op === Op.BOL) {
        if (sp !== 0) {
          ok = false;
          break;
        }
      } else if (op === Op.EOL) {
        if (sp !== end) {
          ok = false;
          break;
        }
      } else throw new Error(`re: bad opcode ${op} at ${pc - 1}`);
    }
    if (ok) continue;
    // Backtrack: a save undoes itself and fails on; a split resumes at its other branch.
    for (;;) {
      if (frames.length === 0) return false;
      const b = frames.pop()!;
      const a = frames.pop()!;
      const kind = frames.pop()!;
      if (kind === FRAME_SAVE) {
        caps[a] = b;
        continue;
      }
      pc = a;
      sp = b;
      break;
    }
  }
}

/** re.DEBUG's listing of a program (lib/re1.5/dumpcode.c), one instruction a line. */
export function dump(p: Program): string {
  const code = p.code;
  const hex = (v: number) => "0x" + (v >>> 0).toString(16).padStart(2, "0");
  const ch = (v: number) => String.fromCharCode(v & 0xff);
  let out = "";
  let pc = 0;
  while (pc < code.length) {
    out += String(pc).padStart(2) + ": ";
    const op = code[pc++]!;
    const rel = () => `${pc + code[pc]! + 1} (${code[pc++]!})`;
    if (op === Op.SPLIT) out += `split ${rel()}\n`;
    else if (op === Op.RSPLIT) out += `rsplit ${rel()}\n`;
    else if (op === Op.JMP) out += `jmp ${rel()}\n`;
    else if (op === Op.CHAR) out += `char ${ch(code[pc++]!)}\n`;
    else if (op === Op.ANY) out += "any\n";
    else if (op === Op.CLASS || op === Op.CLASS_NOT) {
      let n = code[pc++]!;
      out += `class${op === Op.CLASS_NOT ? "not" : ""} ${n}`;
      for (; n > 0; n--, pc += 2) out += ` ${hex(code[pc]!)}-${hex(code[pc + 1]!)}`;
      out += "\n";
    } else if (op === Op.NAMED_CLASS) out += `namedclass ${ch(code[pc++]!)}\n`;
    else if (op === Op.MATCH) out += "match\n";
    else if (op === Op.SAVE) out += `save ${code[pc++]! & 0xff}\n`;
    else if (op === Op.BOL) out += "assert bol\n";
    else if (op === Op.EOL) out += "assert eol\n";
  }
  return out + `Bytes: ${code.length}, insts: ${p.insts}\n`;
}
