// The text of an uncaught exception as MicroPython prints it (py/obj.c mp_obj_print_exception):
// used by the run's top level, sys.print_exception and micropython's scheduler.

import { str } from "./repr.js";
import { PyException } from "./value.js";

/** MicroPython's traceback print (py/obj.c mp_obj_print_exception). */
export function tracebackText(e: PyException): string {
  // The header only when some entry was recorded (none may be, with the heap locked).
  let out = e.traceback.length ? "Traceback (most recent call last):\n" : "";
  for (let i = e.traceback.length - 1; i >= 0; i--) {
    const t = e.traceback[i]!;
    // A compiler's entry has no block name (MP_QSTRnull): the line ends after the number.
    out += `  File "${t.file}", line ${t.line}${t.name ? `, in ${t.name}` : ""}\n`;
  }
  // The name, ": " and the exception's str, even when there are no arguments (py/objexcept.c).
  return out + `${e.type.name}: ${str(e)}\n`;
}
