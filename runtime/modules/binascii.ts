// The binascii module (extmod/modbinascii.c) over lib/binascii.ts: hexlify, unhexlify, base64
// and crc32.

import * as binascii from "../lib/binascii.js";
import { kwArg } from "../objects/args.js";
import { type Namespace } from "../objects/value.js";
import { bigArg, buf, bytes, jsFn, ns, strOrBuf } from "../objects/native.js";

export function binasciiNamespace(): Namespace {
  return ns("binascii", {
    hexlify: jsFn("hexlify", (a) => bytes(binascii.hexlify(buf(a[0]!), a[1] === undefined || a[1] === null ? undefined : strOrBuf(a[1])))),
    unhexlify: jsFn("unhexlify", (a) => bytes(binascii.unhexlify(strOrBuf(a[0]!)))),
    a2b_base64: jsFn("a2b_base64", (a) => bytes(binascii.a2bBase64(strOrBuf(a[0]!)))),
    b2a_base64: jsFn("b2a_base64", (a, kw) => {
      const nl = kwArg(kw, "newline");
      return bytes(binascii.b2aBase64(buf(a[0]!), nl === undefined ? true : Boolean(nl)));
    }),
    crc32: jsFn("crc32", (a) => binascii.crc32(buf(a[0]!), a[1] === undefined ? 0 : Number(BigInt.asUintN(32, BigInt(bigArg(a[1])))))),
  });
}
