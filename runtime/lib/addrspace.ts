// A simulated 32-bit address space for the few places MicroPython hands out raw addresses
// (uctypes.addressof, struct's 'S' fields): a buffer gets an address when one is asked for, and
// reads through an address see that buffer's bytes. Memory nobody owns reads as zeros.

interface Region {
  readonly start: number;
  readonly bytes: () => Uint8Array;
}

/** Where the handed-out addresses start: the RAM base of a typical Cortex-M board. */
const RAM_BASE = 0x20000000;

export class AddressSpace {
  private next = RAM_BASE;
  private readonly regions: Region[] = [];
  private readonly byOwner = new Map<unknown, number>();

  /** The address of `owner`'s buffer: the same every time for the same owner. */
  addressOf(owner: unknown, bytes: () => Uint8Array): number {
    const known = this.byOwner.get(owner);
    if (known !== undefined) return known;
    const start = this.next;
    // Room for a terminating NUL, as C strings in MicroPython have, then word alignment.
    this.next += (bytes().length + 1 + 7) & ~7;
    this.regions.push({ start, bytes });
    this.byOwner.set(owner, start);
    return start;
  }

  /** Gives `owner` a fixed address inside memory that already has one (data mapped in place from a ROM). */
  place(owner: unknown, addr: number): void {
    if (!this.byOwner.has(owner)) this.byOwner.set(owner, addr);
  }

  /** The owned bytes [addr, addr + len), as a view sharing their storage, or null if not owned. */
  view(addr: number, len: number): Uint8Array | null {
    for (const r of this.regions) {
      const b = r.bytes();
      if (addr >= r.start && addr + len <= r.start + b.length) return b.subarray(addr - r.start, addr - r.start + len);
    }
    return null;
  }

  /** `len` bytes read from `addr`: a copy of owned memory, else zeros. */
  read(addr: number, len: number): Uint8Array {
    return this.view(addr, len)?.slice() ?? new Uint8Array(len);
  }

  /** The NUL-terminated string at `addr` (its buffer's end terminates it too). */
  cString(addr: number): Uint8Array {
    for (const r of this.regions) {
      const b = r.bytes();
      if (addr >= r.start && addr <= r.start + b.length) {
        const tail = b.subarray(addr - r.start);
        const nul = tail.indexOf(0);
        return tail.slice(0, nul < 0 ? tail.length : nul);
      }
    }
    return new Uint8Array(0);
  }
}
