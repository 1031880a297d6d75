// The Python program for small-service projects, run by Pyodide in the browser's worker and in the server's
// sandbox alike. Evaluating PYTHON_SERVICE_HARNESS returns a function (files as JSON, entry path, requests as JSON)
// -> JSON reply: `{ outcomes: [{ response } | { error }], stdout }` or `{ loadError, stdout }`, the shape the
// JavaScript engine reports (sandbox/engines/quickjs-service.mjs). The project's files are modules imported by name
// (`import store`, `from lib import store` for lib/store.py); each run imports them afresh, so nothing of an
// earlier run survives, and the requests of one run share one copy of every module.
//
// A project with a database (PYTHON_DATABASE_SERVICE_HARNESS) has `async def handle(request, db)`, and its code
// awaits `db.query(sql, params)` (rows as dicts) and `db.execute(sql, params)` (rows changed). No event loop
// runs: the harness drives each handler's coroutine itself, and a query it awaits leaves Python as JSON text
// (`{ query: { sql, params, want } }`) for the caller to run in PGlite and answer with `{ answer: … }`. So the
// same text-only, step-by-step protocol works in an empty V8 realm (no timers, no promises crossing) and in the
// browser's worker, and each step is synchronous code that a time limit can stop.
import { PYTHON_OUTPUT_LIMIT, PYTHON_SHARED_HELPERS_OUTPUT } from "../python-harness";

const PYTHON_SERVICE_CORE = String.raw`
import importlib.abc, importlib.machinery, inspect, io, json, sys, traceback

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

def _session(files, entry, requests, database=None, limit=${PYTHON_OUTPUT_LIMIT}):
    """One run as a generator: it yields each db query a handler awaits and is sent the answer."""
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
            signature = "async def handle(request, db)" if database else "a function handle(request)"
            reply["loadError"] = f"{entry} must define {signature}."
            return reply
        outcomes = []
        for request in requests:
            try:
                sent = {"method": request["method"], "path": request["path"], "headers": dict(request.get("headers") or {}), "body": request.get("body")}
                value = handle(sent, database) if database else handle(sent)
                if inspect.iscoroutine(value):
                    value = yield from _drive(value)
                outcomes.append(_read_response(value))
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

def _drive(coroutine):
    """Runs a handler's coroutine to its value, yielding each query it awaits; a refused query raises in it."""
    answer, failure = None, None
    while True:
        try:
            awaited = coroutine.throw(failure) if failure is not None else coroutine.send(answer)
        except StopIteration as stop:
            return stop.value
        answer, failure = None, None
        if isinstance(awaited, _Query):
            reply = yield awaited
            if "error" in reply:
                failure = DatabaseError(reply["error"], reply.get("code"))
            else:
                answer = reply
        elif awaited is not None:
            # asyncio's futures need an event loop, which exercises do not run.
            failure = RuntimeError("a handler may await db.query(), db.execute() and its own async functions only")

class DatabaseError(Exception):
    """A statement PostgreSQL refused; code is its SQLSTATE, e.g. "23505" for a unique key already taken."""
    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code

class _Query:
    __slots__ = ("sql", "params", "want")
    def __init__(self, sql, params, want):
        self.sql, self.params, self.want = sql, params, want
    def __await__(self):
        answer = yield self
        return [dict(row) for row in answer["rows"]] if self.want == "rows" else answer["rowCount"]
    def _not_awaited(self, *args):
        raise TypeError("db.query() and db.execute() must be awaited: rows = await db.query(sql, params) inside an async def")
    __iter__ = __getitem__ = __len__ = __bool__ = _not_awaited

class _Database:
    """The db a handler receives: PostgreSQL's $1, $2 placeholders, parameters as a list of JSON values."""
    DatabaseError = DatabaseError
    def _statement(self, sql, params, want):
        if not isinstance(sql, str):
            raise TypeError("db.query(sql, params): sql must be a str")
        if params is None:
            params = []
        if not isinstance(params, (list, tuple)):
            raise TypeError("db.query(sql, params): params must be a list")
        try:
            sent = json.loads(json.dumps(list(params), allow_nan=False))
        except (TypeError, ValueError):
            raise TypeError("db.query(sql, params): each parameter must be a str, int, float, bool or None") from None
        return _Query(sql, sent, want)
    def query(self, sql, params=None):
        """Awaited: the rows the statement returns, each a dict of column name to value."""
        return self._statement(sql, params, "rows")
    def execute(self, sql, params=None):
        """Awaited: how many rows the statement inserted, changed or deleted."""
        return self._statement(sql, params, "count")
`;

/** Without a database: a function (files JSON, entry, requests JSON) -> the reply as JSON. */
export const PYTHON_SERVICE_HARNESS = String.raw`${PYTHON_SERVICE_CORE}
def _entry(files, entry, requests):
    try:
        next(_session(json.loads(files), entry, json.loads(requests)))
    except StopIteration as done:
        return json.dumps(done.value)
    raise RuntimeError("a service without a database awaited a query")

_entry
`;

/**
 * With a database: a function of one JSON text, `{ start: [files, entry, requests] }` first and then
 * `{ answer: { rows, rowCount } | { error, code } }` for each query, returning `{ query: { sql, params, want } }`
 * while a handler awaits one and `{ done: reply }` at the end.
 */
export const PYTHON_DATABASE_SERVICE_HARNESS = String.raw`${PYTHON_SERVICE_CORE}
_current = None

def _step(text):
    global _current
    message = json.loads(text)
    try:
        if "start" in message:
            files, entry, requests = message["start"]
            _current = _session(files, entry, requests, _Database())
            awaited = next(_current)
        else:
            awaited = _current.send(message["answer"])
    except StopIteration as done:
        _current = None
        return json.dumps({"done": done.value})
    return json.dumps({"query": {"sql": awaited.sql, "params": awaited.params, "want": awaited.want}})

_step
`;
