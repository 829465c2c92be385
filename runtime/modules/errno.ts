// The errno module (py/moderrno.c): the errno names and numbers, and errorcode.

import { ERRNO } from "../lib/sysinfo.js";
import { PyDict } from "../objects/hashtable.js";
import { type Namespace } from "../objects/value.js";
import { ns } from "../objects/native.js";

export function errnoNamespace(): Namespace {
  const errorcode = new PyDict();
  for (const [k, v] of Object.entries(ERRNO)) errorcode.table.set(v, k);
  errorcode.fixed = true;
  return ns("errno", { ...ERRNO, errorcode });
}
