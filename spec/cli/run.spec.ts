// `mpyc run` as a user calls it: its options, their error messages and exit statuses (the program's
// own status, 1 for a usage or load error, 3 for an internal error of the VM).

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

let cli = "";
let dir = "";

function mpyc(...args: string[]) {
  return mpycWithInput("", ...args);
}

function mpycWithInput(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

beforeAll(() => {
  cli = builtCli();
  dir = tempDir("mpyc-run-");
  fs.writeFileSync(path.join(dir, "ex.py"), 'import sys\nprint("hi")\nsys.exit(5)\n');
});

describe("mpyc run", () => {
  it("runs a .py file and exits with the program's status", () => {
    expect(mpyc("run", "ex.py")).toEqual({ status: 5, stdout: "hi\n", stderr: "" });
    expect(mpyc("run", "ex.py", "--heap=16k", "-p", ".", "--trace-hw")).toEqual({ status: 5, stdout: "hi\n", stderr: "" });
  });

  it("reads the process's stdin in input() and sys.stdin, as the unix port does", () => {
    fs.writeFileSync(path.join(dir, "ask.py"), "import sys\nname = input('name? ')\nprint('hello', name)\nprint(sys.stdin.buffer.read())\ntry:\n    input()\nexcept EOFError:\n    print('EOF')\n");
    expect(mpycWithInput("ada\n\xe9 bytes\n", "run", "ask.py")).toEqual({ status: 0, stdout: "name? ada\r\nhello ada\nb'\\xc3\\xa9 bytes\\n'\nEOF\n", stderr: "" });
    expect(mpyc("run", "ask.py")).toEqual({ status: 1, stdout: "name? Traceback (most recent call last):\n  File \"ask.py\", line 2, in <module>\nEOFError: \n", stderr: "" });
  });

  it("searches each --path directory, in order, for imported .mpy files", () => {
    for (const [d, m] of [["l1", "m1"], ["l2", "m2"]]) {
      fs.mkdirSync(path.join(dir, d));
      fs.writeFileSync(path.join(dir, d, `${m}.py`), `print("${m}")\n`);
      expect(mpyc(`${d}/${m}.py`).status).toBe(0);
    }
    fs.writeFileSync(path.join(dir, "imp.py"), 'import m1, m2\nprint("ok")\n');
    expect(mpyc("run", "-p", "l1", "-p", "l2", "imp.py")).toEqual({ status: 0, stdout: "m1\nm2\nok\n", stderr: "" });
    expect(mpyc("run", "imp.py", "--path", "l1", "--path=l2")).toEqual({ status: 0, stdout: "m1\nm2\nok\n", stderr: "" });
  });

  it("reads the program, ROMFS image and modules up to the input limit, and takes only regular files as modules", () => {
    expect(mpyc("run", "/dev/zero")).toEqual({ status: 1, stdout: "", stderr: "mpyc run: '/dev/zero' is larger than 64 MiB\n" });
    fs.writeFileSync(path.join(dir, "plain.py"), 'print("ok")\n');
    expect(mpyc("run", "plain.py", "--romfs", "/dev/zero")).toEqual({ status: 1, stdout: "", stderr: "mpyc run: ROMFS image '/dev/zero' is larger than 64 MiB\n" });
    // A directory, and a link to an endless device, named as modules: no module there (it was an internal error, or no end).
    fs.mkdirSync(path.join(dir, "odd/adir.mpy"), { recursive: true });
    fs.symlinkSync("/dev/zero", path.join(dir, "odd/endless.mpy"));
    for (const name of ["adir", "endless"]) {
      fs.writeFileSync(path.join(dir, "odd/main.py"), `import ${name}\n`);
      const r = mpyc("run", "odd/main.py");
      expect([r.status, r.stdout]).toEqual([1, `Traceback (most recent call last):\n  File "odd/main.py", line 1, in <module>\nImportError: no module named '${name}'\n`]);
    }
  });

  it("prints its usage for --help (status 0) and for a missing or extra file (status 1)", () => {
    const help = mpyc("run", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: mpyc run FILE\.mpy\|FILE\.py /);
    for (const args of [[], ["ex.py", "extra"], ["ex.py", "--path"]]) {
      const r = mpyc("run", ...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^usage: mpyc run /);
    }
  });

  it("names an unknown option as typed before the usage", () => {
    for (const [args, first] of [[["ex.py", "--bogus"], "--bogus"], [["--bogus=3", "ex.py"], "--bogus"], [["-x", "-y", "ex.py"], "s -x, -y"]] as const) {
      const r = mpyc("run", ...args);
      expect(r.status).toBe(1);
      expect(r.stderr.split("\n").slice(0, 2)).toEqual([`mpyc run: unknown option${first.startsWith("s") ? first : ` ${first}`}`, expect.stringMatching(/^usage: mpyc run /)]);
    }
  });

  it("names a file that is not a .mpy file, and prints a syntax error without a blank line after it", () => {
    fs.writeFileSync(path.join(dir, "notes.txt"), "hello\n");
    expect(mpyc("run", "notes.txt")).toEqual({ status: 1, stdout: "", stderr: "mpyc run: 'notes.txt' is not a .mpy file (a .mpy file begins with 'M'); run a .py or .mpy file\n" });
    fs.writeFileSync(path.join(dir, "bad.py"), "x = 1\nx = (\n");
    expect(mpyc("run", "bad.py")).toEqual({ status: 1, stdout: "", stderr: 'Traceback (most recent call last):\n  File "bad.py", line 3\nSyntaxError: invalid syntax\n' });
  });

  it("says why a .py module beside the program is not imported, when the import fails", () => {
    fs.mkdirSync(path.join(dir, "hint"));
    fs.writeFileSync(path.join(dir, "hint", "helper.py"), "X = 1\n");
    fs.writeFileSync(path.join(dir, "hint", "main.py"), "import helper\n");
    fs.writeFileSync(path.join(dir, "hint", "caught.py"), "try:\n    import helper\nexcept ImportError:\n    print('fallback')\n");
    const failed = mpyc("run", "hint/main.py");
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe("Traceback (most recent call last):\n  File \"hint/main.py\", line 1, in <module>\nImportError: no module named 'helper'\n");
    expect(failed.stderr).toBe("mpyc run: hint/helper.py is not imported: modules come from .mpy files on the host (compile it with `mpyc hint/helper.py`, or use --fs)\n");
    // A program that handles the ImportError gets no hint; with --fs the source is on the board and imports.
    expect(mpyc("run", "hint/caught.py")).toEqual({ status: 0, stdout: "fallback\n", stderr: "" });
    expect(mpyc("run", "--fs", "hint", "hint/main.py")).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("refuses bad option values with one line and status 1", () => {
    const cases: [string[], string][] = [
      [["--heap", "1x"], "mpyc run: bad heap size '1x' (use bytes, or a number with k or m)\n"],
      [["--run-for", "zz"], "mpyc run: bad duration 'zz' (use e.g. 10s, 500ms, 2m)\n"],
      [["--fs", "nodir"], "mpyc run: --fs needs a directory, not 'nodir'\n"],
      [["--romfs"], "mpyc run: --romfs needs an image file\n"],
    ];
    for (const [args, message] of cases) expect(mpyc("run", "ex.py", ...args)).toEqual({ status: 1, stdout: "", stderr: message });
    expect(mpyc("run", "nofile.py")).toEqual({ status: 1, stdout: "", stderr: "mpyc run: can't open file 'nofile.py': ENOENT\n" });
  });

  it("stops with `mpyc: internal error` and status 3 when the VM fails, whatever the program catches", () => {
    // A damaged .mpy (see spec/runtime/vm-core/internal-error.spec.ts): its try/except Exception does not catch the failure.
    const mpy = Buffer.from(
      "4d06001f0c0008742e7079000f0c636175676874002f811d026600027800490265008177823d0261008414b0020a01442252393200160548081105513401594a23571107df445c1608491011091002110a1108340113033402595151160819085d4a015d11091004340159516301480906050b20b0130663",
      "hex",
    );
    mpy[51] = 0x2f;
    fs.writeFileSync(path.join(dir, "damaged.mpy"), mpy);
    const r = mpyc("run", "damaged.mpy");
    expect(r.status).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^mpyc: internal error: TypeError: .*\n$/);
  });

  it("--timeout ends any run after that much host time with status 124; --board picks the model --run-for's time runs on", () => {
    fs.writeFileSync(path.join(dir, "spin.py"), 'print("spinning")\nwhile True:\n    pass\n');
    // Host time counts from the start of the run's thread, compiling included: a loaded machine may end it before the first print.
    fs.writeFileSync(path.join(dir, "quiet.py"), "while True:\n    pass\n");
    expect(mpyc("run", "quiet.py", "--timeout", "300ms")).toEqual({ status: 124, stdout: "", stderr: "mpyc run: stopped after 0.3 s of host time (--timeout)\n" });
    expect(mpyc("run", "spin.py", "--timeout", "0")).toMatchObject({ status: 1, stderr: "mpyc run: bad timeout '0' (use e.g. 10s, 500ms, 2m)\n" });
    expect(mpyc("run", "spin.py", "--run-for", "50ms", "--board", "esp32-240mhz")).toEqual({
      status: 0,
      stdout: "spinning\n",
      stderr: "mpyc run: stopped at 0.05 s of virtual time on esp32-240mhz (--run-for)\n",
    });
    expect(mpyc("run", "spin.py", "--board", "z80").status).toBe(1);
    expect(mpyc("run", "ex.py", "--mem-report").stdout).toMatch(/^hi\nboard model rp2040-125mhz: 125 MHz, \d+k bytecodes per virtual second\nmemory report for ex.py/);
  });

  it("stops on signals: SIGINT raises KeyboardInterrupt (a second one ends the run), SIGTERM ends it", async () => {
    fs.writeFileSync(
      path.join(dir, "busy.py"),
      'print("looping")\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("interrupted")\nwhile True:\n    pass\n',
    );
    /** Runs busy.py, sends each signal once the output has reached the text given with it. */
    const run = (steps: [text: string, signal: NodeJS.Signals][]) =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, "run", "busy.py"], { cwd: dir });
        let stdout = "";
        let next = 0;
        const step = () => {
          while (next < steps.length && stdout.includes(steps[next]![0])) child.kill(steps[next++]![1]);
        };
        child.stdout.on("data", (d: Buffer) => {
          stdout += d.toString();
          step();
        });
        child.on("exit", (status) => resolve({ status, stdout }));
      });
    expect(await run([["looping", "SIGINT"], ["interrupted", "SIGINT"]])).toEqual({ status: 130, stdout: "looping\ninterrupted\n" });
    expect(await run([["looping", "SIGTERM"]])).toEqual({ status: 143, stdout: "looping\n" });
  });
});
