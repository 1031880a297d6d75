// The Python test harness, run by Pyodide in the browser worker (the server's check is grading/python-probe.ts,
// which shares its output and traceback helpers). Evaluating this source returns a function (learner source,
// tests source) -> JSON report. It runs the learner's code first, then the exercise's `def test_…():`
// functions in order, and reports each as passed or with the failing assert line or the exception.

/** Characters of print() output kept per run: a print in a loop cannot flood the page or the server. */
export const PYTHON_OUTPUT_LIMIT = 10_000;

/** print() capped at a limit: shared by this harness and the server's probe harness (grading/python-probe.ts). */
export const PYTHON_SHARED_HELPERS_OUTPUT = String.raw`class _LimitedOutput(io.TextIOBase):
    def __init__(self, limit):
        self.parts, self.size, self.limit, self.truncated = [], 0, limit, False
    def write(self, text):
        room = self.limit - self.size
        if room <= 0:
            self.truncated = True
            return len(text)
        piece = text[:room]
        self.parts.append(piece)
        self.size += len(piece)
        if len(piece) < len(text):
            self.truncated = True
        return len(text)
    def value(self):
        return "".join(self.parts) + ("\n… output truncated" if self.truncated else "")`;

/** A traceback trimmed to the learner's own frames (solution.py). */
export const PYTHON_SHARED_HELPERS_TRACEBACK = String.raw`def _learner_traceback(error):
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "solution.py"]
    text = "".join(traceback.format_list(frames)) if frames else ""
    return ("Traceback (most recent call last):\n" + text if text else "") + "".join(traceback.format_exception_only(type(error), error))`;

export const PYTHON_HARNESS = String.raw`
import ast, io, json, sys, traceback

_BLOCKED = {"js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "gc", "ctypes", "_ctypes"}

class _Refuse:
    # The learner's code has no use for the JavaScript bridge: refuse to import it.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _BLOCKED:
            raise ImportError(f"{name} is not available in exercises")
        return None

${PYTHON_SHARED_HELPERS_OUTPUT}
def _last_line(tb, filename, lines):
    found = None
    for frame in traceback.extract_tb(tb):
        if frame.filename == filename:
            found = frame.lineno
    if found is None or found > len(lines):
        return None
    return lines[found - 1].strip()

${PYTHON_SHARED_HELPERS_TRACEBACK}

def _run(source, tests, limit=${PYTHON_OUTPUT_LIMIT}):
    for name in list(sys.modules):
        if name.split(".")[0] in _BLOCKED:
            del sys.modules[name]
    if not any(isinstance(f, _Refuse) for f in sys.meta_path):
        sys.meta_path.insert(0, _Refuse())
    output = _LimitedOutput(limit)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = output
    report = {"results": []}
    try:
        namespace = {"__name__": "__main__"}
        try:
            exec(compile(source, "solution.py", "exec"), namespace)
        except BaseException as error:
            report["loadError"] = _learner_traceback(error)
            return report
        test_lines = tests.splitlines()
        names = [node.name for node in ast.parse(tests).body if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")]
        exec(compile(tests, "tests.py", "exec"), namespace)
        for name in names:
            try:
                namespace[name]()
                report["results"].append({"name": name, "passed": True, "error": None})
            except AssertionError as error:
                line = _last_line(error.__traceback__, "tests.py", test_lines)
                message = str(error)
                report["results"].append({"name": name, "passed": False, "error": (line or "assert failed") + (f"  ({message})" if message else "")})
            except BaseException as error:
                report["results"].append({"name": name, "passed": False, "error": _learner_traceback(error).strip()})
    finally:
        sys.stdout, sys.stderr = saved
        report["stdout"] = output.value()
    return report

def _entry(source, tests):
    return json.dumps(_run(source, tests))

_entry
`;

export type PythonTestResult = { name: string; passed: boolean; error: string | null };
export type PythonReport = { results: PythonTestResult[]; stdout: string; loadError?: string };
