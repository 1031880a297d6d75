// The two Python programs of the server's Python check. Each is evaluated in the sandbox's Pyodide and
// returns a function of strings to a JSON string.
//
// PYTHON_PROBE_HARNESS runs with the learner's code. It gets tests rewritten so that each assert only
// records the values it would have compared (`_probe(id, value, …)`), serialised as tagged JSON. The
// expected sides never enter that interpreter: the parent compares (python-judge.ts).
//
// PYTHON_PLANNER runs without learner code, once per exercise version: it parses the visible and hidden
// tests, replaces each assert by a probe, keeps each assert's literal side and operator for the judge,
// and runs the model solution through the same harness to learn how many probes each test records.

import { PYTHON_SHARED_HELPERS_OUTPUT, PYTHON_SHARED_HELPERS_TRACEBACK } from "../python-harness";

const ENCODER = String.raw`
import json as _json

def _encode(value, depth=0):
    if depth > 32:
        return ["other", "nesting", "…"]
    if value is None:
        return ["none"]
    if value is True or value is False:
        return ["bool", bool(value)]
    if isinstance(value, int):
        return ["int", int.__repr__(value)]
    if isinstance(value, float):
        return ["float", float.__repr__(value)]
    if isinstance(value, str):
        return ["str", str.__str__(value)]
    if isinstance(value, (bytes, bytearray)):
        return ["bytes", bytes(value).hex()]
    if isinstance(value, list):
        return ["list", [_encode(item, depth + 1) for item in list.__iter__(value)]]
    if isinstance(value, tuple):
        return ["tuple", [_encode(item, depth + 1) for item in tuple.__iter__(value)]]
    if isinstance(value, (set, frozenset)):
        return ["set", [_encode(item, depth + 1) for item in (set.__iter__(value) if isinstance(value, set) else frozenset.__iter__(value))]]
    if isinstance(value, dict):
        return ["dict", [[_encode(k, depth + 1), _encode(v, depth + 1)] for k, v in dict.items(value)]]
    try:
        text = repr(value)[:200]
    except BaseException:
        text = "?"
    return ["other", type(value).__name__, text]
`;

export const PYTHON_PROBE_HARNESS = String.raw`
import io, json, sys, traceback
${ENCODER}

${PYTHON_SHARED_HELPERS_OUTPUT}

${PYTHON_SHARED_HELPERS_TRACEBACK}

def _entry(source, probe_source, names_json, limit="10000"):
    output = _LimitedOutput(int(limit))
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = output
    report = {"results": []}
    events = []
    def _probe(assert_id, *values):
        if len(events) < 1000:
            events.append([assert_id, [_encode(v) for v in values]])
    try:
        namespace = {"__name__": "__main__"}
        try:
            exec(compile(source, "solution.py", "exec"), namespace)
        except BaseException as error:
            report["loadError"] = _learner_traceback(error)
            return json.dumps(report)
        namespace["_probe"] = _probe
        exec(compile(probe_source, "tests.py", "exec"), namespace)
        for name in json.loads(names_json):
            events.clear()
            error = None
            try:
                namespace[name]()
            except BaseException as failure:
                error = _learner_traceback(failure).strip()[-2000:]
            report["results"].append({"name": name, "events": list(events), "error": error})
    finally:
        sys.stdout, sys.stderr = saved
        report["stdout"] = output.value()
    return json.dumps(report)

_entry
`;

export const PYTHON_PLANNER = String.raw`
import ast, json
${ENCODER}

_OPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
_LITERAL_NODES = (ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.UnaryOp, ast.BinOp, ast.expr_context, ast.unaryop, ast.operator)

def _is_literal(node):
    return all(isinstance(child, _LITERAL_NODES) for child in ast.walk(node))

def _literal_value(node):
    return eval(compile(ast.Expression(node), "<literal>", "eval"), {"__builtins__": {}})

class _Rewrite(ast.NodeTransformer):
    def __init__(self, plan, hidden, lines):
        self.plan, self.hidden, self.lines, self.test = plan, hidden, lines, None
    def visit_FunctionDef(self, node):
        outer = self.test
        if self.test is None and node.name.startswith("test_"):
            self.test = node.name
        self.generic_visit(node)
        self.test = outer
        return node
    def visit_Assert(self, node):
        assert_id = len(self.plan["asserts"])
        # The assert's own line, for feedback: learners see it for visible tests only (exercise-check.ts).
        entry = {"id": assert_id, "test": self.test, "hidden": self.hidden, "text": self.lines[node.lineno - 1].strip()}
        test = node.test
        probes = []
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _OPS:
            left, right = test.left, test.comparators[0]
            entry["op"] = _OPS[type(test.ops[0])]
            for side, operand in (("left", left), ("right", right)):
                if _is_literal(operand):
                    entry[side] = {"literal": _encode(_literal_value(operand))}
                else:
                    entry[side] = {"probe": len(probes)}
                    probes.append(operand)
        elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            entry["op"] = "falsy"
            entry["left"] = {"probe": 0}
            probes.append(test.operand)
        else:
            entry["op"] = "truthy"
            entry["left"] = {"probe": 0}
            probes.append(test)
        self.plan["asserts"].append(entry)
        call = ast.Call(func=ast.Name(id="_probe", ctx=ast.Load()), args=[ast.Constant(assert_id), *probes], keywords=[])
        return ast.copy_location(ast.Expr(value=call), node)

def _test_names(tree):
    return [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]

def _plan(visible, hidden, solution, harness_source):
    plan = {"asserts": [], "tests": []}
    parts = []
    for source, is_hidden in ((visible, False), (hidden, True)):
        if not source.strip():
            continue
        tree = ast.parse(source)
        for name in _test_names(tree):
            plan["tests"].append({"name": name, "hidden": is_hidden})
        rewritten = _Rewrite(plan, is_hidden, source.splitlines()).visit(tree)
        parts.append(ast.unparse(ast.fix_missing_locations(rewritten)))
    plan["probeSource"] = "\n\n".join(parts)
    harness = {}
    exec(harness_source, harness)
    plan["model"] = json.loads(harness["_entry"](solution, plan["probeSource"], json.dumps([t["name"] for t in plan["tests"]])))
    return json.dumps(plan)

_plan
`;
