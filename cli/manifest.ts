// Reads a manifest.py as MicroPython v1.27.0's tools/manifestfile.py does in freeze mode: the
// list of files to freeze (full path, path on the device, kind, package metadata, opt), found
// by walking directories in the order the OS lists them (os.walk), as the reference does, since
// that order is the order of the frozen C. The manifest itself runs on freezer/manifest-eval.ts.
// Paths are tested with statQuietly, as manifestfile.py's os.path.exists and os.path.isdir test them:
// any error (a parent not searchable, a link loop) is "not there".

import * as fs from "node:fs";
import * as path from "node:path";
import { HostFunction, HostObject, ManifestError, runManifest, type Value } from "../freezer/manifest-eval.js";
import { InputTooLargeError, MAX_INPUT_SIZE, readFileLimited, statQuietly } from "./io.js";

export type FreezeKind = "str" | "as-mpy" | "mpy";

export interface PackageMetadata {
  version: string | null;
  initialised: boolean;
}

export interface ManifestEntry {
  readonly fullPath: string;
  readonly targetPath: string;
  readonly kind: FreezeKind;
  readonly metadata: PackageMetadata;
  readonly opt: number | null;
}

const BASE_LIBRARIES = ["micropython", "python-stdlib", "python-ecosys"];

type Kwargs = ReadonlyMap<string, Value>;

/** Binds Python-style arguments to `names` (in order); unknown or repeated names are errors. */
function bind(fn: string, names: readonly string[], args: readonly Value[], kwargs: Kwargs, required = 1): Value[] {
  if (args.length > names.length) throw new ManifestError(`${fn}() takes at most ${names.length} positional arguments but ${args.length} were given`);
  const out: (Value | undefined)[] = [...args];
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0) throw new ManifestError(`${fn}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) throw new ManifestError(`${fn}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) throw new ManifestError(`${fn}() missing required argument: '${names[i]}'`);
  return names.map((_, i) => out[i] ?? null);
}

function str(fn: string, what: string, v: Value): string {
  if (typeof v !== "string") throw new ManifestError(`${fn}(): ${what} must be a str`);
  return v;
}

function optLevel(fn: string, v: Value): number | null {
  if (v === null) return null;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 3) throw new ManifestError(`${fn}(): opt must be 0 to 3`);
  return v;
}

/** os.path.join: no normalising, so the device path is the manifest's spelling. */
function pyJoin(a: string, b: string): string {
  return b.startsWith("/") ? b : a === "" || a.endsWith("/") ? a + b : `${a}/${b}`;
}

/**
 * os.walk(top, followlinks=True), top down: [dirpath, file names] in the order the directory lists
 * them. A directory reached again through a link is not walked again (os.walk would loop).
 */
function* walk(top: string, seen = new Set<string>()): Generator<[string, string[]]> {
  let real: string;
  try {
    real = fs.realpathSync(top);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let dir: fs.Dir;
  try {
    dir = fs.opendirSync(top);
  } catch {
    return; // as os.walk: an unreadable or missing directory yields nothing
  }
  const dirs: string[] = [];
  const files: string[] = [];
  try {
    for (let e = dir.readSync(); e; e = dir.readSync()) {
      const isDir = e.isDirectory() || (e.isSymbolicLink() && statQuietly(path.join(top, e.name))?.isDirectory() === true);
      (isDir ? dirs : files).push(e.name);
    }
  } finally {
    dir.closeSync();
  }
  yield [top, files];
  for (const d of dirs) yield* walk(path.join(top, d), seen);
}

export class Manifest {
  readonly entries: ManifestEntry[] = [];
  private readonly visited = new Set<string>();
  private readonly metadataStack: PackageMetadata[] = [{ version: null, initialised: false }];
  private readonly libraries = new Map<string, string>();
  private readonly libraryDirs: string[] = [];
  /** The directory of the manifest being run: relative paths resolve against it (manifestfile.py chdirs). */
  private cwd: string;

  constructor(
    private readonly vars: ReadonlyMap<string, string>,
    cwd: string,
  ) {
    this.cwd = cwd;
    if (vars.get("MPY_LIB_DIR")) for (const lib of BASE_LIBRARIES) this.addLibrary(lib, `$(MPY_LIB_DIR)/${lib}`, false);
  }

  /** $(NAME) substituted, then made absolute. */
  private resolve(p: string): string {
    for (const [name, value] of this.vars) p = p.split(`$(${name})`).join(value);
    return path.resolve(this.cwd, p);
  }

  private get metadata(): PackageMetadata {
    return this.metadataStack[this.metadataStack.length - 1]!;
  }

  private addFile(fullPath: string, targetPath: string, kind: FreezeKind | null, opt: number | null): void {
    if (!statQuietly(fullPath)) throw new ManifestError(`Cannot stat ${fullPath}`);
    const ext = path.extname(fullPath).toLowerCase();
    const k = kind ?? (ext === ".py" ? "as-mpy" : ext === ".mpy" ? "mpy" : null);
    if (k === null) throw new ManifestError(`don't know how to freeze ${fullPath} (a .py or .mpy file is expected)`);
    this.entries.push({ fullPath, targetPath, kind: k, metadata: this.metadata, opt });
  }

  private search(basePath: string, packagePath: string | null, files: readonly string[] | null, exts: readonly string[], kind: FreezeKind | null, opt: number | null): void {
    const base = this.resolve(basePath);
    if (files !== null) {
      for (let f of files) {
        if (packagePath) f = pyJoin(packagePath, f);
        this.addFile(pyJoin(base, f), f, kind, opt);
      }
      return;
    }
    const top = packagePath ?? ".";
    // The reference silently freezes nothing from a directory that is not there; that is a mistake worth naming.
    if (!statQuietly(path.join(base, top))?.isDirectory()) throw new ManifestError(`no such directory: ${path.join(base, top)}`);
    for (const [dirpath, names] of walk(path.join(base, top))) {
      for (const name of names) {
        const rel = path.relative(base, path.join(dirpath, name));
        if (exts.includes(path.extname(rel).toLowerCase())) this.addFile(path.join(base, rel), rel, kind, opt);
      }
    }
  }

  /** Runs the manifest at `file` (a directory means its manifest.py), once however often it is included. */
  include(file: string, isRequire = false, kwargs: Kwargs = new Map()): void {
    let p = this.resolve(file);
    if (statQuietly(p)?.isDirectory()) p = path.join(p, "manifest.py");
    if (this.visited.has(p)) return;
    this.visited.add(p);
    let source: string;
    try {
      // Read up to the input limit: a device such as /dev/zero ends there, not never.
      source = new TextDecoder("utf-8", { ignoreBOM: true }).decode(readFileLimited(p));
    } catch (e) {
      throw new ManifestError(e instanceof InputTooLargeError ? `manifest ${p} is larger than ${MAX_INPUT_SIZE}` : `can't read manifest ${p}`);
    }
    if (isRequire) this.metadataStack.push({ version: null, initialised: false });
    const prev = this.cwd;
    this.cwd = path.dirname(p);
    try {
      runManifest(source, p, this.builtins(kwargs));
    } finally {
      this.cwd = prev;
    }
    if (isRequire) this.metadataStack.pop();
  }

  private addLibrary(name: string, libPath: string, prepend: boolean): void {
    const p = this.resolve(libPath);
    this.libraries.set(name, p);
    if (prepend) this.libraryDirs.unshift(p);
    else this.libraryDirs.push(p);
  }

  /** The first directory named `name` holding a manifest.py under `lib`, walking as os.walk does. */
  private requireFrom(lib: string, name: string, kwargs: Kwargs): boolean {
    for (const [dirpath, files] of walk(lib)) {
      if (path.basename(dirpath) === name && files.includes("manifest.py")) {
        this.include(dirpath, true, kwargs);
        return true;
      }
    }
    return false;
  }

  private builtins(includeKwargs: Kwargs): Map<string, Value> {
    const m = new Map<string, Value>();
    const def = (name: string, fn: (args: readonly Value[], kwargs: Kwargs) => void) => m.set(name, new HostFunction(name, (a, k) => (fn(a, k), null)));
    def("metadata", (a, k) => {
      if (a.length) throw new ManifestError("metadata() takes keyword arguments only");
      const [, version] = bind("metadata", ["description", "version", "license", "author", "stdlib", "pypi", "pypi_publish"], [], k, 0);
      if (k.size === 0) return;
      if (this.metadata.initialised) throw new ManifestError("Duplicate call to metadata().");
      if (version !== null && typeof version !== "string") throw new ManifestError("metadata(): version must be a str");
      this.metadata.version = version;
      this.metadata.initialised = true;
    });
    def("include", (a, k) => {
      const [target] = a;
      if (a.length !== 1) throw new ManifestError("include() takes one manifest path, or a list of them");
      const paths = typeof target === "string" ? [target] : Array.isArray(target) ? target : null;
      if (paths === null) throw new ManifestError("include(): the path must be a str or a list of str");
      for (const p of paths) this.include(str("include", "the path", p), false, k);
    });
    def("require", (a, k) => {
      const known = ["name", "version", "pypi", "library"];
      const extra = new Map([...k].filter(([key]) => !known.includes(key)));
      const [name, , , library] = bind("require", known, a, new Map([...k].filter(([key]) => known.includes(key))));
      const pkg = str("require", "the package name", name!);
      if (library !== null) {
        const lib = this.libraries.get(str("require", "library", library!));
        if (lib === undefined) throw new ManifestError(`Unknown library '${library}' for require('${pkg}').`);
        if (!this.requireFrom(lib, pkg, extra)) throw new ManifestError(`Package '${pkg}' not found in external library '${library}' (${lib}).`);
        return;
      }
      if (this.libraryDirs.length === 0) throw new ManifestError(`require('${pkg}'): no micropython-lib checkout given (--lib or MPY_LIB_DIR)`);
      for (const lib of this.libraryDirs) if (this.requireFrom(lib, pkg, extra)) return;
      throw new ManifestError(`Package '${pkg}' not found in any known library.`);
    });
    def("add_library", (a, k) => {
      const [name, p, prepend] = bind("add_library", ["library", "library_path", "prepend"], a, k, 2);
      this.addLibrary(str("add_library", "library", name!), str("add_library", "library_path", p!), prepend === true);
    });
    def("package", (a, k) => {
      const [pkg, files, base, opt] = bind("package", ["package_path", "files", "base_path", "opt"], a, k);
      const list = files === null ? null : Array.isArray(files) ? files.map((f) => str("package", "files", f)) : null;
      if (files !== null && list === null) throw new ManifestError("package(): files must be a list of str");
      this.search(base === null ? "." : str("package", "base_path", base), str("package", "package_path", pkg!), list, [".py"], null, optLevel("package", opt!));
    });
    def("module", (a, k) => {
      const [mod, base, opt] = bind("module", ["module_path", "base_path", "opt"], a, k);
      const file = str("module", "module_path", mod!);
      if (path.extname(file).toLowerCase() !== ".py") throw new ManifestError("module must be .py file");
      this.addFile(pyJoin(this.resolve(base === null ? "." : str("module", "base_path", base)), file), file, null, optLevel("module", opt!));
    });
    const freezeLike = (name: string, exts: readonly string[], kind: FreezeKind | null) =>
      def(name, (a, k) => {
        const [p, script, opt] = bind(name, ["path", "script", "opt"], a, k);
        const base = str(name, "path", p!);
        const level = optLevel(name, opt!);
        if (script === null) this.search(base, null, null, exts, kind, level);
        else if (typeof script === "string" && statQuietly(path.join(this.resolve(base), script))?.isDirectory()) this.search(base, script, null, exts, kind, level);
        else if (typeof script === "string") this.search(base, null, [script], exts, kind, level);
        else if (Array.isArray(script)) this.search(base, null, script.map((s) => str(name, "script", s)), exts, kind, level);
        else throw new ManifestError(`${name}(): script must be a str or a list of str`);
      });
    freezeLike("freeze", [".py", ".mpy"], null);
    freezeLike("freeze_as_mpy", [".py"], "as-mpy");
    freezeLike("freeze_mpy", [".mpy"], "mpy");
    def("freeze_as_str", (a, k) => {
      const [p] = bind("freeze_as_str", ["path"], a, k);
      this.search(str("freeze_as_str", "path", p!), null, null, [".py"], "str", null);
    });
    let defaults: Kwargs = new Map();
    const options = new HostObject("IncludeOptions", (name) => {
      if (name === "defaults") {
        return new HostFunction("defaults", (a, k) => {
          if (a.length) throw new ManifestError("options.defaults() takes keyword arguments only");
          defaults = k;
          return null;
        });
      }
      return includeKwargs.get(name) ?? defaults.get(name) ?? null;
    });
    m.set("options", options);
    return m;
  }
}
