// The --mem-report data and text, and micropython.mem_info()'s format, for a fixture import.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Heap, parseHeapSize } from "../../../runtime/memory/heap.js";
import { runMpy } from "../../../runtime/index.js";
import { blocks } from "../../../runtime/memory/sizes.js";
import { formatMemReport, memInfoText, memReport } from "../../../runtime/memory/report.js";

const defs = new Uint8Array(readFileSync(new URL("../fixtures/modules/defs.mpy", import.meta.url)));

describe("memory report", () => {
  it("reports import cost, peak and the frozen saving", () => {
    const heap = new Heap({ limit: parseHeapSize("16k") });
    const cost = runMpy(defs, {}).importCost!;
    heap.reserve(cost.total);
    heap.reserve(300);
    heap.collect(() => {});
    const r = memReport(heap, cost);
    expect(r.heapPool).toBe(16000);
    expect(r.peak).toBe(blocks(cost.total) + 304);
    expect(r.atExit).toBe(0);
    expect(r.frozenRomBytes).toBe(cost.codeBytes + cost.constantBytes + cost.qstrBytes);
    const text = formatMemReport(r, "defs.mpy");
    expect(text).toContain(`import cost:     ${cost.total} bytes`);
    expect(text).toContain(`peak heap:       ${blocks(cost.total) + 304} bytes (`);
    expect(text.split("\n")[0]).toBe("memory report for defs.mpy (MicroPython v1.27.0 heap model, 32-bit, 16-byte blocks)");
  });

  it("prints mem_info in MicroPython's layout", () => {
    const heap = new Heap({ limit: 16384 });
    heap.reserve(16);
    heap.reserve(32);
    expect(memInfoText(heap, { used: 432, limit: 32768 })).toBe(
      "stack: 432 out of 32768\nGC: total: 16000, used: 48, free: 15952\n No. of 1-blocks: 1, 2-blocks: 1, max blk sz: 2, max free sz: 997\n",
    );
  });
});
