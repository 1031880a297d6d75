// TypeScript files of a small-service project turned into the CommonJS the engines run: types are removed and
// `import`/`export` become `require`/`exports` (sucrase, a pure-JavaScript transform, the same in the browser's
// worker and in the sandbox's runner). Types are not checked: a type error runs as the JavaScript it would be.
// Sucrase keeps every line where it was, so a line number in an error is the line in the learner's file.

/** Why a file does not parse, in the learner's terms: "routes.ts, line 3, column 12: Unexpected token" (both from 1). */
function syntaxError(path, error) {
  const message = String(error && error.message ? error.message : error).replace(/\s*\(\d+:\d+\)$/, "");
  const loc = error && error.loc;
  if (loc && Number.isInteger(loc.line)) return `${path}, line ${loc.line}, column ${loc.column}: ${message}`;
  return `${path}: ${message}`;
}

// Sucrase drops a `namespace` block with values in it (it supports only type namespaces), which would surface later as
// a puzzling ReferenceError; it is refused here with its line instead.
const NAMESPACE = /^[ \t]*(?:export[ \t]+)?(?:namespace|module)[ \t]+[A-Za-z_$][\w$.]*[ \t]*\{/m;

function namespaceError(path, source) {
  const match = NAMESPACE.exec(source);
  if (!match) return null;
  const line = source.slice(0, match.index).split("\n").length;
  return `${path}, line ${line}: a namespace is not supported here; export from a module of its own instead`;
}

/**
 * Every `.ts` file of `files` as JavaScript (other files as they are), or the first syntax error. Sucrase is
 * loaded only when a project has TypeScript in it.
 */
export async function stripTypeScript(files) {
  const paths = Object.keys(files).filter((path) => path.endsWith(".ts"));
  if (paths.length === 0) return { files };
  const { transform } = await import("sucrase");
  const stripped = { ...files };
  for (const path of paths) {
    const unsupported = namespaceError(path, files[path]);
    if (unsupported) return { error: unsupported };
    try {
      stripped[path] = transform(files[path], {
        transforms: ["typescript", "imports"],
        // Modern syntax stays as written: both engines run it, and the output is then closest to the source.
        disableESTransforms: true,
      }).code;
    } catch (error) {
      return { error: syntaxError(path, error) };
    }
  }
  return { files: stripped };
}
