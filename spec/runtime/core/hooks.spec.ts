import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LoadError, loadMpy } from "../../../runtime/loader.js";
import { ModuleRegistry } from "../../../runtime/objects/hooks.js";

describe("module registry", () => {
  it("builds a module once, on first load", () => {
    const reg = new ModuleRegistry();
    let builds = 0;
    reg.register("m", () => ({ n: ++builds }));
    expect(reg.load("x")).toBeUndefined();
    expect(reg.load("m")).toEqual({ n: 1 });
    expect(reg.load("m")).toEqual({ n: 1 });
    expect(reg.names()).toEqual(["m"]);
  });
});

describe("loader", () => {
  it("loads a corpus module", () => {
    const mod = loadMpy(new Uint8Array(readFileSync(new URL("../../../corpus/control.mpy", import.meta.url))));
    expect(mod.qstrs[0]).toMatch(/control\.py$/);
  });
  it("reports a bad header as MicroPython's ValueError text", () => {
    const err = (() => {
      try {
        loadMpy(new Uint8Array([0x4d, 5, 0, 31]));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).pyType).toBe("ValueError");
    expect((err as LoadError).message).toBe("incompatible .mpy file");
  });
});
