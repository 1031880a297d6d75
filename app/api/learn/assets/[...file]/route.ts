// Serves the exercise engines from our own origin: Pyodide's interpreter and standard library (from the
// installed npm package) and PGlite's prebuilt data directory. Loaded only when an exercise opens.
// Not a JSON route: it answers engine files (WebAssembly, zip, JavaScript).
import { exerciseAssetResponse } from "@/lib/learning/exercise-assets";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  return exerciseAssetResponse((await params).file);
}
