// The heap model predicts where MemoryError comes as a container grows on a fixed heap: started
// from the device's own allocation table, it must fail at the same item with the same message
// (memoryErrorText: what is left of the heap decides whether the text can be made) as
// the fixed-heap WebAssembly VM, for list, dict, set, instances, str concatenation and bytearray growth at 16k to 128k.

import { describe, expect, it } from "vitest";
import { type BlockHeap } from "../../runtime/memory/blocks.js";
import { AllocationFailure, ArrayItems, HashTable, ListItems, memoryErrorText, mNew } from "../../runtime/memory/growth.js";
import { LAYOUT } from "../../runtime/memory/layouts.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { heapFromDump } from "./atb.js";

/** Each case: the Python that makes the container and adds one item, and the same in the model. */
const CASES: Record<string, { make: string; add: string; model: (h: BlockHeap) => () => void }> = {
  list: {
    make: "[]",
    add: "X.append(None)",
    model: (h) => {
      mNew(h, 16); // mp_obj_list_t
      const items = new ListItems(h, 0);
      return () => items.append();
    },
  },
  dict: {
    make: "{}",
    add: "X[n] = None",
    model: (h) => {
      mNew(h, 16); // mp_obj_dict_t; no table until the first key
      const t = new HashTable(h, 8);
      return () => t.add();
    },
  },
  set: {
    make: "set()",
    add: "X.add(n)",
    model: (h) => {
      mNew(h, 16);
      const t = new HashTable(h, 4);
      return () => t.add();
    },
  },
  instances: {
    make: "[]",
    add: "X.append(C())",
    model: (h) => {
      mNew(h, 16);
      const items = new ListItems(h, 0);
      return () => {
        const members = LAYOUT.instance(h).storage;
        members.add(); // self.a: a table of 2 slots
        items.append();
      };
    },
  },
  // Each new str is garbage at the next step; this VM never collects during a call, so all of
  // them stay (a board would collect and go much further: memory-errors.json's unix figures).
  "str concatenation": {
    make: "''",
    add: "X = X + 'x'",
    model: (h) => {
      let len = 0;
      return () => {
        if (len > 0) LAYOUT.strFromVstr(h, len + 1); // '' + 'x' is 'x' itself
        len++;
      };
    },
  },
  bytearray: {
    make: "bytearray()",
    add: "X.append(0)",
    model: (h) => {
      mNew(h, 16); // mp_obj_array_t; no items for length 0
      const items = new ArrayItems(h, 0);
      return () => items.append();
    },
  },
};

describe("MemoryError as containers grow, predicted from the device's heap", () => {
  for (const [name, c] of Object.entries(CASES)) {
    for (const kb of [16, 32, 64, 128]) {
      it(`${name} at ${kb}k`, async () => {
        const o = await MemoryOracle.load({ heapsize: kb * 1024, fixed: true });
        // R is cleared (freeing at once) before the report is formatted: a heap full of small
        // objects leaves no room even for that.
        o.run(`X = None\nR = [None] * 64\nclass C:\n    def __init__(self):\n        self.a = 1\ndef grow():\n    global X\n    X = ${c.make}\n    n = 0\n    try:\n        while True:\n            ${c.add}\n            n += 1\n    except MemoryError as e:\n        R.clear()\n        return '%d %s' % (n, e)`);
        const [grow] = o.functions("__main__", ["grow"]);
        const [memInfo] = o.functions("micropython", ["mem_info"]);
        o.collect();
        const heap = heapFromDump(kb * 1024, o.call(memInfo!, 1).output);
        const device = String(o.call(grow!).value);
        const add = c.model(heap);
        let n = 0;
        let message = "";
        for (;;) {
          try {
            add();
          } catch (e) {
            if (!(e instanceof AllocationFailure)) throw e;
            message = memoryErrorText(heap, e.requested);
            break;
          }
          n++;
        }
        expect(`${n} ${message}`).toBe(device);
      });
    }
  }
});
