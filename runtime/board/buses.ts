// machine.I2C, machine.SPI and machine.UART over the Board's scripted devices (extmod/machine_i2c.c,
// machine_spi.c and the ports' UART semantics): missing I2C devices NACK with OSError ENODEV.

import { Board } from "./board.js";
import { ENODEV } from "./machine.js";
import { HostError } from "../lib/host-error.js";

const bytes = (d: Uint8Array | number[]) => Array.from(d, (b) => b & 0xff);

export class I2C {
  constructor(private readonly board: Board, readonly bus = 0, readonly freq = 400_000) {}

  private device(addr: number) {
    const d = this.board.i2c(this.bus, addr);
    if (!d) {
      this.board.log.record({ t_us: this.board.clock.us, kind: "i2c-nack", bus: this.bus, addr });
      throw new HostError("OSError", `[Errno ${ENODEV}] ENODEV`, ENODEV);
    }
    return d;
  }

  scan(): number[] {
    return this.board.i2cAddresses(this.bus).filter((a) => a >= 0x08 && a <= 0x77);
  }

  writeto(addr: number, buf: Uint8Array | number[]): number {
    const d = this.device(addr);
    const data = bytes(buf);
    this.board.log.record({ t_us: this.board.clock.us, kind: "i2c-write", bus: this.bus, addr, data });
    if (d.dev.write) d.dev.write(Uint8Array.from(data));
    else if (data.length > 0) {
      d.ptr = data[0]!;
      const regs = d.dev.registers;
      if (regs) for (let i = 1; i < data.length; i++) regs[(d.ptr + i - 1) % regs.length] = data[i]!;
    }
    return data.length;
  }

  readfrom(addr: number, n: number): Uint8Array {
    const d = this.device(addr);
    let out: number[];
    if (d.dev.read) out = bytes(d.dev.read(n)).slice(0, n);
    else {
      const regs = d.dev.registers ?? [];
      out = Array.from({ length: n }, (_, i) => (regs.length ? regs[(d.ptr + i) % regs.length]! : 0xff));
      d.ptr += n;
    }
    while (out.length < n) out.push(0xff);
    this.board.log.record({ t_us: this.board.clock.us, kind: "i2c-read", bus: this.bus, addr, data: out });
    return Uint8Array.from(out);
  }

  readfrom_into(addr: number, buf: Uint8Array): void {
    buf.set(this.readfrom(addr, buf.length));
  }

  readfrom_mem(addr: number, memaddr: number, n: number): Uint8Array {
    this.writeto(addr, [memaddr]);
    return this.readfrom(addr, n);
  }

  readfrom_mem_into(addr: number, memaddr: number, buf: Uint8Array): void {
    buf.set(this.readfrom_mem(addr, memaddr, buf.length));
  }

  writeto_mem(addr: number, memaddr: number, buf: Uint8Array | number[]): void {
    this.writeto(addr, [memaddr, ...bytes(buf)]);
  }
}

export class SPI {
  constructor(private readonly board: Board, readonly bus = 0, readonly baudrate = 1_000_000) {}

  /** Full-duplex transfer: what the scripted device answers, or 0xff from an empty bus. */
  private transfer(out: number[]): number[] {
    const dev = this.board.spi(this.bus);
    const got = dev ? bytes(dev(Uint8Array.from(out))) : [];
    const inp = out.map((_, i) => got[i] ?? 0xff);
    this.board.log.record({ t_us: this.board.clock.us, kind: "spi", bus: this.bus, out, in: inp });
    return inp;
  }

  write(buf: Uint8Array | number[]): void {
    this.transfer(bytes(buf));
  }
  read(n: number, writeByte = 0): Uint8Array {
    return Uint8Array.from(this.transfer(new Array(n).fill(writeByte & 0xff)));
  }
  readinto(buf: Uint8Array, writeByte = 0): void {
    buf.set(this.read(buf.length, writeByte));
  }
  write_readinto(out: Uint8Array | number[], into: Uint8Array): void {
    if (out.length !== into.length) throw new HostError("ValueError", "buffers must be the same length");
    into.set(this.transfer(bytes(out)));
  }
}

export class UART {
  constructor(private readonly board: Board, readonly id: number, readonly baudrate = 115200) {}

  write(buf: Uint8Array | number[] | string): number {
    const data = typeof buf === "string" ? [...new TextEncoder().encode(buf)] : bytes(buf);
    this.board.log.record({ t_us: this.board.clock.us, kind: "uart-tx", id: this.id, data });
    return data.length;
  }
  any(): number {
    return this.board.rxBuffer(this.id).length;
  }
  /** read(): everything buffered; read(n): up to n bytes; None when nothing has arrived. */
  read(n?: number): Uint8Array | null {
    const rx = this.board.rxBuffer(this.id);
    if (rx.length === 0) return null;
    return Uint8Array.from(rx.splice(0, n === undefined ? rx.length : n));
  }
  readline(): Uint8Array | null {
    const rx = this.board.rxBuffer(this.id);
    if (rx.length === 0) return null;
    const nl = rx.indexOf(10);
    return Uint8Array.from(rx.splice(0, nl < 0 ? rx.length : nl + 1));
  }
  readinto(buf: Uint8Array): number | null {
    const got = this.read(buf.length);
    if (!got) return null;
    buf.set(got);
    return got.length;
  }
}
