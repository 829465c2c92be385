// The random module (extmod/modrandom.c) over lib/random.ts: the Yasmarang generator of one run,
// seed, getrandbits, randrange, randint, choice, random, uniform.

import { randomModule, Yasmarang } from "../lib/random.js";
import { len } from "../objects/args.js";
import { INDEX_ERROR, pyErr } from "../objects/exceptions.js";
import { subscr } from "../objects/subscr.js";
import { type Namespace, type Value } from "../objects/value.js";
import { bigArg, float, int, jsFn, ns, num } from "../objects/native.js";

export function randomNamespace(gen: Yasmarang): Namespace {
  const r = randomModule(gen);
  const i32 = (v: Value) => int(v);
  return ns("random", {
    // With no seed (or None) the port's entropy source gives one (MICROPY_PY_RANDOM_SEED_INIT_FUNC).
    seed: jsFn("seed", (a) => (r.seed(a[0] === undefined || a[0] === null ? Math.floor(Math.random() * 2 ** 32) : bigArg(a[0])), null)),
    getrandbits: jsFn("getrandbits", (a) => r.getrandbits(i32(a[0]))),
    randrange: jsFn("randrange", (a) => r.randrange(i32(a[0]), a.length > 1 ? i32(a[1]) : undefined, a.length > 2 ? i32(a[2]) : 1)),
    randint: jsFn("randint", (a) => r.randint(i32(a[0]), i32(a[1]))),
    choice: jsFn("choice", (a) => {
      const i = r.choiceIndex(len(a[0]!));
      if (i === null) throw pyErr(INDEX_ERROR);
      return subscr(a[0]!, i);
    }),
    random: jsFn("random", () => float(r.random())),
    uniform: jsFn("uniform", (a) => float(r.uniform(num(a[0]), num(a[1])))),
  });
}
