// The source-map package's generator module, imported on its own (compiler/sourcemap.ts): its
// types are the package's.

declare module "source-map/lib/source-map-generator.js" {
  export { SourceMapGenerator } from "source-map";
}
