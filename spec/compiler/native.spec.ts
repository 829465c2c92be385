// The native emitter against mpy-cross v1.27.0 on each corpus/native program: the .mpy for x64,
// x86, armv6, armv6m, armv7m, xtensa, xtensawin and rv32imc equals NAME.ARCH.mpy, and the -march=debug trace of assembler calls equals NAME.debug.txt.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile, formatError } from "../../compiler/index.js";
import { CORPUS_DIR } from "../corpus/programs.js";

const NATIVE_DIR = path.join(CORPUS_DIR, "native");
const programs = fs.readdirSync(NATIVE_DIR).filter((f) => f.endsWith(".py")).sort();

/** The -X emit option of a program's `# mpyc-options:` line. */
function emitOf(source: string): "native" | "viper" | undefined {
  const m = /^# mpyc-options:.*-X emit=(native|viper)/m.exec(source);
  return m ? (m[1] as "native" | "viper") : undefined;
}

describe("native code byte identity", () => {
  for (const arch of ["x64", "x86", "armv6", "armv6m", "armv7m", "xtensa", "xtensawin", "rv32imc"]) {
    for (const f of programs) {
      it(`${f} -march=${arch}`, () => {
        const source = fs.readFileSync(path.join(NATIVE_DIR, f), "utf8");
        const emit = emitOf(source);
        const r = compile(source, { sourceName: f, arch, ...(emit ? { emit } : {}) });
        if (!r.ok) throw new Error(formatError(r.error, f, source));
        const golden = fs.readFileSync(path.join(NATIVE_DIR, f.replace(/\.py$/, `.${arch}.mpy`)));
        expect(Buffer.from(r.mpy).equals(golden)).toBe(true);
      });
    }
  }
});

describe("native emitter trace (-march=debug)", () => {
  for (const f of programs) {
    it(f, () => {
      const source = fs.readFileSync(path.join(NATIVE_DIR, f), "utf8");
      const emit = emitOf(source);
      const r = compile(source, { sourceName: f, arch: "debug", ...(emit ? { emit } : {}) });
      if (!r.ok) throw new Error(formatError(r.error, f, source));
      expect(r.nativeTrace).toBe(fs.readFileSync(path.join(NATIVE_DIR, f.replace(/\.py$/, ".debug.txt")), "utf8"));
    });
  }

  it("reports viper type errors as mpy-cross does", () => {
    const src = "import micropython\n\n@micropython.viper\ndef f(x:int):\n    y = 1\n    y = None\n    return y\n";
    const r = compile(src, { sourceName: "v.py", arch: "debug" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatError(r.error, "v.py", src)).toBe(`Traceback (most recent call last):\n  File "v.py", line 6, in f\nViperTypeError: local 'y' has type 'int' but source is 'None'\n`);
  });

  it("refuses an unknown viper type and a viper generator", () => {
    const bad = compile("import micropython\n@micropython.viper\ndef f(x:foo):\n    pass\n", { arch: "debug" });
    expect(!bad.ok && bad.error.message).toBe("unknown type 'foo'");
    const gen = compile("import micropython\n@micropython.viper\ndef f():\n    yield 1\n", { arch: "debug" });
    expect(!gen.ok && formatError(gen.error, "x.py", "")).toBe("NotImplementedError: native yield\n");
  });

  it("refuses a bare raise in native code cleanly (mpy-cross aborts on an assertion)", () => {
    const r = compile("try:\n    pass\nexcept:\n    raise\n", { arch: "debug", emit: "native" });
    expect(!r.ok && r.error.kind).toBe("NotImplementedError");
  });

  it("refuses inline assembler functions clearly where mpy-cross has an inline assembler, invalid arch elsewhere", () => {
    const src = "import micropython\n@micropython.asm_thumb\ndef f(r0):\n    add(r0, r0, 1)\n";
    const arm = compile(src, { arch: "armv7m" });
    expect(!arm.ok && arm.error.code).toBe("inlineAsmNotSupported");
    const x64 = compile(src, { arch: "x64" });
    expect(!x64.ok && x64.error.message).toBe("invalid arch");
  });

  it("says invalid arch for native code without a native target", () => {
    const r = compile("import micropython\n@micropython.native\ndef f():\n    pass\n", { arch: "rv64imc" });
    expect(!r.ok && r.error.message).toBe("invalid arch");
  });
});
