// Whole-array operations without spreading an array into one call's arguments: a call takes a
// limited number of arguments (V8 throws RangeError past ~120k), and a program's buffers are
// larger than that. Used wherever the array's size follows the program's data.

/** Arguments per call: far below the engine's limit, large enough to be fast. */
const CHUNK = 8192;

/** Bytes as a string of the code points 0-255 (each byte one character). */
export function latin1(b: ArrayLike<number>): string {
  if (b.length <= CHUNK) return String.fromCharCode.apply(null, Array.from(b));
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += CHUNK) {
    const piece = b instanceof Uint8Array ? b.subarray(i, i + CHUNK) : Array.prototype.slice.call(b, i, i + CHUNK);
    parts.push(String.fromCharCode.apply(null, Array.from(piece)));
  }
  return parts.join("");
}

/** Appends every item of `src` to `dst` (dst.push(...src) for any size). */
export function pushAll<T>(dst: T[], src: ArrayLike<T> | Iterable<T>): void {
  if (Array.isArray(src) || ArrayBuffer.isView(src)) {
    const a = src as ArrayLike<T>;
    for (let i = 0; i < a.length; i++) dst.push(a[i]!);
  } else {
    for (const x of src as Iterable<T>) dst.push(x);
  }
}

/** arr.splice(start, deleteCount, ...items) for any number of items. */
export function spliceAll<T>(arr: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length <= CHUNK) {
    arr.splice(start, deleteCount, ...items);
    return;
  }
  const tail = arr.slice(start + deleteCount);
  arr.length = start;
  pushAll(arr, items);
  pushAll(arr, tail);
}
