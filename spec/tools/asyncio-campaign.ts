// Dev tool: random asyncio programs (tasks that sleep, wait on Events with wait_for, take Locks,
// cancel and await each other, gather, spawn children and raise) run on a MicroPython binary with
// asyncio frozen (MICROPYTHON, e.g. the unix port built with its default manifest) and on mpyc's VM;
// prints the seeds whose outputs differ and keeps those programs in OUT_DIR. A program whose output
// varies between runs of the binary (a wake-up tick crossed in real time) is counted apart, as
// unstable, when ours is one of its outputs; one that hangs on both sides counts as the same.
// Usage: MICROPYTHON=... node dist/spec/tools/asyncio-campaign.js FIRST_SEED COUNT [OUT_DIR]

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../../compiler/index.js";
import { Runtime } from "../../runtime/index.js";

/** A small deterministic generator (mulberry32). */
function rng(seed: number): { int(lo: number, hi: number): number; pick<T>(xs: readonly T[]): T; chance(p: number): boolean } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    chance: (p) => next() < p,
  };
}

export function asyncioProgram(seed: number): string {
  const r = rng(seed);
  const n = r.int(2, 6);
  const out = [
    "import asyncio",
    "ev = [asyncio.Event() for _ in range(2)]",
    "lk = [asyncio.Lock() for _ in range(2)]",
    "tasks = {}",
    "async def child(v, ms):",
    "    await asyncio.sleep_ms(ms)",
    "    if v == 2 and ms == 20: raise ValueError('child')",
    "    return v",
  ];
  const step = (name: string): string[] => {
    const c = r.int(0, 99);
    const t = r.int(0, n - 1);
    if (c < 30) return [`print('${name}', 'sleep')`, `await asyncio.sleep_ms(${r.pick([0, 0, 10, 20, 20, 30, 50])})`];
    if (c < 40) return [`print('${name}', 'wait')`, `await asyncio.wait_for_ms(ev[${r.int(0, 1)}].wait(), ${r.pick([15, 40, 70])})`];
    if (c < 50) {
      const e = r.int(0, 1);
      return [`ev[${e}].set(); print('${name}', 'set', ${e})`, ...(r.chance(0.5) ? [`ev[${e}].clear()`] : [])];
    }
    if (c < 65) {
      const l = r.int(0, 1);
      return [`async with lk[${l}]:`, `    print('${name}', 'lock', ${l})`, `    await asyncio.sleep_ms(${r.pick([0, 10, 20])})`];
    }
    if (c < 75) return [`t = tasks.get(${t})`, `if t is not None and t is not asyncio.current_task(): print('${name}', 'cancel', ${t}, t.cancel())`];
    if (c < 80) return [`raise ${r.pick(["ValueError", "KeyError", "OSError"])}('${name}')`];
    if (c < 85) {
      const [a, b] = [r.pick([0, 10, 20]), r.pick([0, 10, 20])];
      return [`print('${name}', 'gather', await asyncio.gather(child(1, ${a}), child(2, ${b}), return_exceptions=${r.chance(0.5) ? "True" : "False"}))`];
    }
    if (c < 90) return [`print('${name}', 'wait_for', await asyncio.wait_for_ms(child(3, ${r.pick([0, 10, 30])}), ${r.pick([5, 20, 40])}))`];
    if (c < 93) return [`tasks[len(tasks)] = asyncio.create_task(child(4, ${r.pick([0, 10, 20])})); print('${name}', 'spawned')`];
    return [
      `t = tasks.get(${t})`,
      "if t is not None and t is not asyncio.current_task() and not t.done() and t.state is True:",
      `    print('${name}', 'awaited', ${t}, await t)`,
    ];
  };
  for (let i = 0; i < n; i++) {
    const caught = r.pick(["Exception", "Exception", "ValueError"]);
    out.push(`async def t${i}():`, "    try:");
    for (let k = r.int(1, 5); k > 0; k--) for (const l of step(`t${i}`)) out.push("        " + l);
    out.push(
      `    except ${caught} as e:`,
      `        print('t${i}', 'caught', type(e).__name__, e)`,
      "        if isinstance(e, asyncio.TimeoutError): raise",
      "    except asyncio.CancelledError:",
      `        print('t${i}', 'cancelled')`,
      "        raise",
      `    return ${i}`,
    );
  }
  out.push(
    "def handler(loop, ctx):",
    "    print('handler', type(ctx['exception']).__name__)",
    "async def main():",
    "    asyncio.get_event_loop().set_exception_handler(handler)",
    `    for i, f in enumerate((${Array.from({ length: n }, (_, i) => `t${i}`).join(", ")},)):`,
    "        tasks[i] = asyncio.create_task(f())",
  );
  if (r.chance(0.5)) {
    out.push("    res = await asyncio.gather(*tasks.values(), return_exceptions=True)");
    out.push("    print('gather', [type(x).__name__ if isinstance(x, BaseException) else x for x in res])");
  } else {
    out.push(`    await asyncio.sleep_ms(${r.pick([30, 100, 300])})`, "    print('done', [t.done() for t in tasks.values()])", "    await asyncio.sleep_ms(300)");
  }
  out.push("asyncio.run(main())", "print('end')");
  return out.join("\n") + "\n";
}

/** Host time a program may take on either side; one that takes longer is a hang (tasks awaiting each other in a ring hang a board too). */
const LIMIT_MS = 5000;

const mask = (s: string) => s.replace(/ at [0-9a-f]+>/g, " at ADDR>");

function main(): void {
  const micropython = process.env.MICROPYTHON;
  const [first, count, outDir] = process.argv.slice(2);
  if (!micropython || first === undefined || count === undefined) {
    process.stderr.write("usage: MICROPYTHON=... asyncio-campaign FIRST_SEED COUNT [OUT_DIR]\n");
    process.exit(2);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-asyncio-"));
  const reference = (file: string) => {
    try {
      return execFileSync(micropython, [path.basename(file)], { cwd: work, timeout: LIMIT_MS, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      const err = e as { stdout?: string; signal?: string };
      return String(err.stdout ?? "") + (err.signal ? "HANG" : "CRASH");
    }
  };
  let same = 0;
  let unstable = 0;
  const differ: number[] = [];
  try {
    for (let seed = Number(first); seed < Number(first) + Number(count); seed++) {
      const source = asyncioProgram(seed);
      const file = path.join(work, `p${seed}.py`);
      fs.writeFileSync(file, source);
      const want = mask(reference(file));
      if (want !== mask(reference(file))) {
        unstable++;
        continue;
      }
      const c = compile(source, { sourceName: `p${seed}.py` });
      if (!c.ok) throw new Error(`seed ${seed}: ${c.error.message}`);
      // Standard output only, as the reference's is captured.
      let printed = "";
      const deadline = Date.now() + LIMIT_MS;
      const poll = () => {
        if (Date.now() > deadline) throw new Error("time limit");
      };
      const run = new Runtime({ compile, poll, write: (t) => (printed += t), writeStderr: () => {} }).runMain(c.module);
      const hung = run.internalError?.includes("time limit") === true;
      const got = mask(printed) + (hung ? "HANG" : run.exitCode !== 0 ? "CRASH" : "");
      if (got === want) same++;
      // The reference's own order can vary with real time (a wake-up tick crossed): ours must be one it gives.
      else if (Array.from({ length: 6 }, () => mask(reference(file))).includes(got)) unstable++;
      else {
        differ.push(seed);
        if (outDir !== undefined) {
          fs.mkdirSync(outDir, { recursive: true });
          fs.writeFileSync(path.join(outDir, `p${seed}.py`), source);
        }
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const s of differ) console.log(`differs: seed ${s}`);
  console.log(`${same} same, ${differ.length} differ, ${unstable} unstable on the reference (ours one of its outputs, or not compared)`);
}

main();
