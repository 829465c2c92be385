// The hashlib module (extmod/modhashlib.c) over lib/hashlib.ts: sha256 with update and digest.

import { Sha256 } from "../lib/hashlib.js";
import { type Namespace } from "../objects/value.js";
import { buf, bytes, nativeClass, ns } from "../objects/native.js";

export function hashlibNamespace(): Namespace {
  const SHA256 = nativeClass<Sha256>("sha256", {
    make: (a) => new Sha256(a.length ? buf(a[0]!) : undefined),
    methods: {
      update: (h, a) => (h.update(buf(a[0]!)), null),
      digest: (h) => bytes(h.digest()),
    },
  });
  return ns("hashlib", { sha256: SHA256 });
}
