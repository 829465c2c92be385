// Byte strings: JS strings with one char (U+0000..U+00FF) per byte. MicroPython's lexer is byte
// based, so names and str values are bytes (py/lexer.c); the compiler carries them as byte strings
// so that every source, even one with bytes that are not UTF-8, gives exactly mpy-cross's bytes.
// generate.ts turns them into the model's strings (bytecode/wtf8.ts) once tables are final.

import { decodeEscaped, decodeWtf8, encodeWtf8 } from "../../bytecode/wtf8.js";

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether every char is ASCII. Most strings here are names and short literals: a loop answers them
 * sooner than a regex, which scans long ones faster.
 */
function isAscii(s: string): boolean {
  if (s.length > 32) return ASCII.test(s);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Bytes as a byte string. */
export function bytesToString(bytes: ArrayLike<number>): string {
  let s = "";
  for (let k = 0; k < bytes.length; k += 4096) s += String.fromCharCode(...Array.prototype.slice.call(bytes, k, k + 4096));
  return s;
}

/** The bytes of a byte string. */
export function stringToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Text (such as a file name) as the byte string of its UTF-8 (WTF-8) encoding. */
export function textToByteString(text: string): string {
  return isAscii(text) ? text : bytesToString(encodeWtf8(text));
}

/** A byte string for messages: its UTF-8 decoded, bytes that are not UTF-8 as U+FFFD. */
export function displayText(s: string): string {
  return isAscii(s) ? s : new TextDecoder().decode(stringToBytes(s));
}

/**
 * Byte strings -> the model's strings: WTF-8 decoded if all of them are WTF-8, else all with
 * surrogate escapes (then `escapes` is true and the module must say so).
 */
export function modelStrings(all: readonly string[]): { escapes: boolean; text: (s: string) => string } {
  const escapes = all.some((s) => !isAscii(s) && decodeWtf8(stringToBytes(s)) === null);
  const text = (s: string) => (isAscii(s) ? s : escapes ? decodeEscaped(stringToBytes(s)).text : decodeWtf8(stringToBytes(s))!);
  return { escapes, text };
}
