// runtime/memory/qstrs-webassembly.ts against the live WebAssembly VM: a sample of its names must
// be interned when the VM starts (a str made from them allocates nothing) and names outside it not.

import { describe, expect, it } from "vitest";
import { WEBASSEMBLY_QSTRS } from "../../runtime/memory/qstrs-webassembly.js";
import { internedAtStart } from "../tools/memory/firmware-qstrs.js";

describe("the WebAssembly VM's interned strings at start", () => {
  it("a sample of the list is interned, names outside it are not", async () => {
    const inside = WEBASSEMBLY_QSTRS.filter((_, i) => i % 14 === 0);
    const outside = ["zq_never_a_qstr", "appendx", "__initx__", "Readline", "jsonify", "mem_allocs"];
    for (const s of outside) expect(WEBASSEMBLY_QSTRS).not.toContain(s);
    expect(await internedAtStart([...inside, ...outside])).toEqual(inside);
  });

  it("holds a frozen package's source names, dotted names it imports, one-letter names and escaped literals", async () => {
    // The pyscript variant freezes collections, os, tarfile...: their source names and module
    // names are its qstrs, so a /lib copy's import interns none of them.
    const names = ["collections/__init__.py", "collections/defaultdict.py", "os/path.py", "os.path", "org.python.core", "s", " \t\n\r\v\f", "\\"];
    for (const s of names) expect(WEBASSEMBLY_QSTRS).toContain(s);
    expect(await internedAtStart(names)).toEqual(names);
  });

  it("holds the names every program meets", () => {
    for (const s of ["__init__", "append", "join", "format", "self", "print", "len", "__name__"]) expect(WEBASSEMBLY_QSTRS).toContain(s);
  });
});
