// Corpus programs whose .mpy is known to differ from mpy-cross's, each with its reason.
// The golden spec fails if a listed program starts to match, so this list stays honest.

export const KNOWN_BYTE_DIFFERENCES: Readonly<Record<string, string>> = {};
