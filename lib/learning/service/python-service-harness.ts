// The Python program for small-service projects, run by Pyodide in the browser's worker and in the server's
// sandbox alike. Evaluating it returns a function (files as JSON, entry path, requests as JSON) -> JSON reply:
// `{ outcomes: [{ response } | { error }], stdout }` or `{ loadError, stdout }`, the shape the JavaScript
// engine reports (sandbox/engines/quickjs-service.mjs). The project's files are modules imported by name
// (`import store`, `from lib import store` for lib/store.py); each run imports them afresh, so nothing of an
// earlier run survives, and the requests of one run share one copy of every module.
import { PYTHON_OUTPUT_LIMIT, PYTHON_SHARED_HELPERS_OUTPUT } from "../python-harness";

export const PYTHON_SERVICE_HARNESS = String.raw`
import importlib.abc, importlib.machinery, io, json, sys, traceback

_BLOCKED = {"js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "gc", "ctypes", "_ctypes"}

class _Refuse:
    # A project has no use for the JavaScript bridge: refuse to import it.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _BLOCKED:
            raise ImportError(f"{name} is not available in exercises")
        return None

${PYTHON_SHARED_HELPERS_OUTPUT}

class _Project(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the project's own files: lib/store.py is the module lib.store, lib a package."""
    def __init__(self, files):
        self.sources = {path[:-3].replace("/", "."): (path, source) for path, source in files.items()}
        self.packages = set()
        for name in self.sources:
            parts = name.split(".")
            for end in range(1, len(parts)):
                self.packages.add(".".join(parts[:end]))

    def names(self):
        return set(self.sources) | self.packages

    def find_spec(self, name, path=None, target=None):
        if name in self.sources:
            return importlib.machinery.ModuleSpec(name, self, origin=self.sources[name][0])
        if name in self.packages:
            spec = importlib.machinery.ModuleSpec(name, self, is_package=True)
            spec.submodule_search_locations = []
            return spec
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        if module.__name__ in self.sources:
            filename, source = self.sources[module.__name__]
            module.__file__ = filename
            exec(compile(source, filename, "exec"), module.__dict__)

def _traceback(error, filenames):
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename in filenames]
    text = "".join(traceback.format_list(frames)) if frames else ""
    head = "Traceback (most recent call last):\n" + text if text else ""
    return (head + "".join(traceback.format_exception_only(type(error), error))).strip()[-2000:]

def _read_response(value):
    if not isinstance(value, dict) or type(value.get("status")) is not int:
        return {"error": "handle() must return a dict with an int status, and headers and body if any"}
    headers = value.get("headers") or {}
    if not isinstance(headers, dict):
        return {"error": "the response's headers must be a dict"}
    response = {"status": value["status"], "headers": {str(k): str(v) for k, v in headers.items()}}
    if "body" in value:
        try:
            # Through JSON, as the body would travel over the wire.
            response["body"] = json.loads(json.dumps(value["body"], allow_nan=False))
        except (TypeError, ValueError):
            return {"error": "the response body cannot be written as JSON"}
    return {"response": response}

def _run(files, entry, requests, limit=${PYTHON_OUTPUT_LIMIT}):
    project = _Project(files)
    filenames = set(files)
    for name in list(sys.modules):
        if name.split(".")[0] in _BLOCKED or name in project.names():
            del sys.modules[name]
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, (_Refuse, _Project))]
    sys.meta_path.insert(0, project)
    sys.meta_path.insert(0, _Refuse())
    output = _LimitedOutput(limit)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = output
    reply = {}
    try:
        try:
            module = importlib.import_module(entry[:-3].replace("/", "."))
        except BaseException as error:
            reply["loadError"] = "Your service does not load: " + _traceback(error, filenames)
            return reply
        handle = getattr(module, "handle", None)
        if not callable(handle):
            reply["loadError"] = f"{entry} must define a function handle(request)."
            return reply
        outcomes = []
        for request in requests:
            try:
                sent = {"method": request["method"], "path": request["path"], "headers": dict(request.get("headers") or {}), "body": request.get("body")}
                outcomes.append(_read_response(handle(sent)))
            except BaseException as error:
                outcomes.append({"error": _traceback(error, filenames)})
        reply["outcomes"] = outcomes
        return reply
    finally:
        sys.stdout, sys.stderr = saved
        reply["stdout"] = output.value()
        for name in project.names():
            sys.modules.pop(name, None)
        if project in sys.meta_path:
            sys.meta_path.remove(project)

def _entry(files, entry, requests):
    return json.dumps(_run(json.loads(files), entry, json.loads(requests)))

_entry
`;
