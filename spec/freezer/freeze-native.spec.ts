// Freezing machine code: the x64 goldens of corpus/native frozen together give the C that
// tools/mpy-tool.py --freeze printed for them (corpus/native/frozen.x64.c).

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { readMpyFile } from "../../bytecode/mpy-read.js";
import { freezeModules, FreezeError } from "../../freezer/freeze.js";
import { CORPUS_DIR } from "../corpus/programs.js";

const DIR = path.join(CORPUS_DIR, "native");
const FILES = ["native.x64.mpy", "viper.x64.mpy", "emit-native.x64.mpy"];
const load = (f: string) => readMpyFile(new Uint8Array(fs.readFileSync(path.join(DIR, f))));

describe("freezing native code", () => {
  it("matches mpy-tool --freeze", () => {
    const text = freezeModules(FILES.map((f) => ({ module: load(f), mpyFile: f })));
    expect(text).toBe(fs.readFileSync(path.join(DIR, "frozen.x64.c"), "utf8"));
  });

  it("refuses modules for two architectures", () => {
    const x64 = load("native.x64.mpy");
    const other = { ...load("viper.x64.mpy"), arch: 1 };
    expect(() => freezeModules([{ module: x64, mpyFile: "a.mpy" }, { module: other, mpyFile: "b.mpy" }])).toThrow(FreezeError);
  });
});
