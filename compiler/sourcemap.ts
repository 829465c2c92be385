// Source maps for compiled modules: generated line N is the N-th raw code of the .mpy in file
// order (module body first, then its children depth first), generated column is the bytecode offset
// within that raw code's data, mapped to the source line and column of the instruction there.

// The generator module alone: the package's main module also loads its consumer, whose Node branch
// requires fs and path, which browser bundlers refuse. The generator is plain JavaScript.
import { SourceMapGenerator } from "source-map/lib/source-map-generator.js";
import type { MpyModule } from "../bytecode/rawcode.js";

/** The raw codes of a module in .mpy file order. */
export function rawCodesInOrder<R extends { readonly children: readonly R[] }>(root: R): R[] {
  const out: R[] = [];
  const visit = (rc: R) => {
    out.push(rc);
    rc.children.forEach(visit);
  };
  visit(root);
  return out;
}

export function sourceMap(module: MpyModule, sourceName: string, file: string, sourceText?: string): string {
  const gen = new SourceMapGenerator({ file });
  rawCodesInOrder(module.root).forEach((rc, i) => {
    // Machine code has no positions (yet): its line stays empty.
    for (const p of (rc.kind === "bytecode" ? rc.positions : undefined) ?? []) {
      gen.addMapping({ generated: { line: i + 1, column: p.offset }, original: { line: p.line, column: p.column }, source: sourceName });
    }
  });
  if (sourceText !== undefined) gen.setSourceContent(sourceName, sourceText);
  return gen.toString();
}
