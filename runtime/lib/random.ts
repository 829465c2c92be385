// The `random` module's generator: Yasmarang (32-bit state), seeded like extmod/modrandom.c, so a
// seeded program draws the same numbers as on the device. Gives raw words, bounded ints, floats.

import { HostError } from "./host-error.js";

export class Yasmarang {
  private pad = 0xeda4baba;
  private n = 69;
  private d = 233;
  private dat = 0;

  constructor(seed?: number) {
    if (seed !== undefined) this.seed(seed);
  }

  /** random.seed(x): the low 32 bits of x become the pad; the rest restarts. */
  seed(x: number | bigint): void {
    this.pad = Number(BigInt.asUintN(32, BigInt(x)));
    this.n = 69;
    this.d = 233;
    this.dat = 0;
  }

  next(): number {
    this.pad = (this.pad + this.dat + Math.imul(this.d, this.n)) >>> 0;
    this.pad = ((this.pad << 3) | (this.pad >>> 29)) >>> 0;
    this.n = (this.pad | 2) >>> 0;
    this.d = (this.d ^ (((this.pad << 31) + (this.pad >>> 1)) >>> 0)) >>> 0;
    this.dat = (this.dat ^ (this.pad & 0xff) ^ ((this.d >>> 8) & 0xff) ^ 1) & 0xff;
    return (this.pad ^ (this.d << 5) ^ (this.pad >>> 18) ^ (this.dat << 1)) >>> 0;
  }

  /** random.getrandbits(k), 0 <= k <= 32 (the caller raises "bits must be 32 or less"). */
  getrandbits(k: number): number {
    if (k === 0) return 0;
    const mask = k === 32 ? 0xffffffff : (1 << k) - 1;
    return (this.next() & mask) >>> 0;
  }

  /** A uniform integer in [0, n), by masking and retrying as MicroPython does. */
  below(n: number): number {
    let mask = 1;
    while ((n & mask) >>> 0 < n) mask = ((mask << 1) | 1) >>> 0;
    for (;;) {
      const r = (this.next() & mask) >>> 0;
      if (r < n) return r;
    }
  }

  /** random.random(): 52 fresh mantissa bits under exponent 0, minus one. */
  random(): number {
    const hi = this.next() & 0xfffff;
    const lo = this.next();
    return (hi * 2 ** 32 + lo) / 2 ** 52;
  }
}

/** The `random` module's functions over one generator (randrange's empty ranges raise a bare ValueError). */
export function randomModule(gen = new Yasmarang()) {
  const randrange = (start: number, stop?: number, step = 1): number => {
    if (stop === undefined) {
      if (start > 0) return gen.below(start);
      throw new HostError("ValueError", "");
    }
    if (step === 1) {
      if (start < stop) return start + gen.below(stop - start);
      throw new HostError("ValueError", "");
    }
    let n: number;
    if (step > 0) n = Math.trunc((stop - start + step - 1) / step);
    else if (step < 0) n = Math.trunc((stop - start + step + 1) / step);
    else throw new HostError("ValueError", "");
    if (n > 0) return start + step * gen.below(n);
    throw new HostError("ValueError", "");
  };
  return {
    seed: (x: number | bigint) => gen.seed(x),
    getrandbits: (k: number) => {
      if (k < 0 || k > 32) throw new HostError("ValueError", "bits must be 32 or less");
      return gen.getrandbits(k);
    },
    randrange,
    randint: (a: number, b: number) => {
      if (a > b) throw new HostError("ValueError", "");
      return a + gen.below(b - a + 1);
    },
    /** choice(seq) gives the index to take; an empty sequence is the caller's IndexError. */
    choiceIndex: (len: number) => (len > 0 ? gen.below(len) : null),
    random: () => gen.random(),
    uniform: (a: number, b: number) => a + (b - a) * gen.random(),
  };
}
