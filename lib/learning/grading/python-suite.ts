// The server's Python program for "write the tests": evaluated in the sandbox's Pyodide, it returns a function
// (implementations as a JSON list, the learner's suite, milliseconds per implementation) -> JSON reports. Each
// implementation (the reference first, then each mutant) runs in a fresh namespace with the suite; a trace
// function stops a suite that runs past its time on one implementation.
import { PYTHON_SHARED_HELPERS_OUTPUT } from "../python-harness";

export const PYTHON_SUITE_HARNESS = String.raw`
import ast, builtins, io, json, sys, time, traceback

${PYTHON_SHARED_HELPERS_OUTPUT}

class _OutOfTime(BaseException):
    pass

def _describe(error):
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "tests.py"]
    where = f" (tests.py line {frames[-1].lineno})" if frames else ""
    text = "".join(traceback.format_exception_only(type(error), error)).strip()
    return (text + where)[:500]

def _run_one(subject, suite, names, until):
    def tracer(frame, event, arg):
        if time.monotonic() > until:
            raise _OutOfTime()
        return tracer
    namespace = {"__name__": "__main__"}
    # Each implementation starts from the same interpreter state: no builtin or module left by an earlier run.
    kept_builtins = dict(builtins.__dict__)
    kept_modules = set(sys.modules)
    sys.settrace(tracer)
    try:
        try:
            exec(compile(subject, "subject.py", "exec"), namespace)
        except _OutOfTime:
            return {"timedOut": True}
        except BaseException as error:
            return {"loadError": "".join(traceback.format_exception_only(type(error), error)).strip()[:500]}
        try:
            exec(compile(suite, "tests.py", "exec"), namespace)
        except _OutOfTime:
            return {"timedOut": True}
        except BaseException as error:
            return {"suiteError": _describe(error)}
        results = []
        for name in names:
            try:
                namespace[name]()
                results.append({"name": name, "passed": True, "error": None})
            except _OutOfTime:
                return {"timedOut": True}
            except AssertionError as error:
                results.append({"name": name, "passed": False, "error": _describe(error)})
            except BaseException as error:
                results.append({"name": name, "passed": False, "error": _describe(error)})
            if time.monotonic() > until:
                return {"timedOut": True}
        return {"results": results}
    finally:
        sys.settrace(None)
        builtins.__dict__.clear()
        builtins.__dict__.update(kept_builtins)
        for name in set(sys.modules) - kept_modules:
            del sys.modules[name]

def _entry(subjects_json, suite, subject_ms):
    output = _LimitedOutput(10000)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = output
    try:
        try:
            tree = ast.parse(suite, "tests.py")
        except SyntaxError as error:
            return json.dumps({"reports": [{"suiteError": "".join(traceback.format_exception_only(type(error), error)).strip()[:500]}]})
        names = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")][:200]
        reports = []
        for index, subject in enumerate(json.loads(subjects_json)):
            report = _run_one(subject, suite, names, time.monotonic() + int(subject_ms) / 1000)
            reports.append(report)
            if index == 0 and report.get("timedOut"):
                break
        return json.dumps({"reports": reports})
    finally:
        sys.stdout, sys.stderr = saved

_entry
`;
