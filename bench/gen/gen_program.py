#!/usr/bin/env python3
"""Generate large, valid, deterministic Go programs in goscape's subset.

Usage:
    gen_program.py --lines N --seed S -o out.go          # one file
    gen_program.py --lines N --seed S --files K -o DIR    # K files, one package

The output is a single `package main` (optionally split over K files) of
about N lines (usually exactly N; within 2% for N >= 500) that Go
1.19's gc accepts: no unused variables, imports or labels, no generics,
complex numbers, goroutines, channels or unsafe. The same seed always gives
the same program.

Structure of the generated program
----------------------------------
* A prelude: a `budget` counter with `spend()` (every generated function
  checks it first, so running the program always terminates quickly even
  though the call graph is a deep DAG), `clip()` (bounds string growth) and
  a few small helpers.
* "Units", produced in order until the line budget is reached:
  - struct types (3-6 fields of int/string/bool/float64/[]int/[]string/
    map[string]int, sometimes embedding an earlier struct so fields and
    methods are promoted), a constructor `NewT` and 2-4 methods drawn from a
    fixed catalogue (value and pointer receivers; the catalogue gives each
    method name one signature so interfaces line up);
  - interfaces over method subsets of existing structs (sometimes embedding
    an earlier interface); their implementers are computed from method sets;
  - const/iota blocks of named enum types with a `String()` method;
  - functions of ~20-60 lines built by a small type-aware statement and
    expression generator: declarations, assignments, if/else (with init and
    comma-ok), all for forms, range over slices/strings/maps (map bodies are
    order-independent or iterate sorted keys), expression switches with
    fallthrough, type switches over interfaces, labelled break/continue,
    backward goto, closures capturing locals, defer/recover, append/copy,
    map insert/delete, strings.Builder, strconv, sort, fmt.Sprintf, struct
    literals, &T{} and method calls.  Functions call earlier functions and
    methods (mostly recent ones), giving an acyclic call graph for
    interprocedural escape analysis.
* `main` (split into `runGroupN` helpers) calls every function once and
  prints only ints/strings/bools, so the output is deterministic.
* Padding: a final const block brings the line count to the target.

Every declared local is used: when a block closes, any variable not yet read
is folded into the function's accumulator (`acc += len(x)` ...).  Runtime
safety: indices are guarded by length checks and masked non-negative,
divisors are `|1`, maps are always made, pointers are never nil, interface
values always hold a concrete value, and type assertions use comma-ok.

With --files K the top-level declarations are dealt round-robin into K files
(DIR/prog_01.go ...); each file imports exactly the packages it uses.
Only the Python 3 standard library is used.
"""

import argparse
import os
import random
import re
import sys

NOUNS = ["order", "invoice", "customer", "sensor", "packet", "route", "ledger",
         "account", "session", "buffer", "record", "token", "sample", "window",
         "bucket", "cluster", "device", "event", "filter", "frame", "graph",
         "handler", "item", "job", "layer", "matrix", "node", "offer", "pixel",
         "queue", "report", "schema", "shard", "signal", "stock", "task",
         "tensor", "ticket", "trace", "vector", "widget", "zone", "batch",
         "cache", "chunk", "config", "entry", "group", "metric", "profile"]
VERBS = ["compute", "merge", "scan", "build", "collect", "apply", "score",
         "render", "index", "rank", "split", "fold", "parse", "check", "count",
         "encode", "normalize", "reduce", "select", "summarize", "update",
         "walk", "resolve", "balance", "combine", "derive", "gather", "measure",
         "project", "refresh", "sample", "shape", "tally", "track", "validate"]
WORDS = ["alpha", "beta", "gamma", "delta", "red", "green", "blue", "north",
         "south", "east", "west", "low", "mid", "high", "fast", "slow", "cold",
         "warm", "open", "closed", "new", "old", "left", "right", "up", "down"]

BASIC = ["int", "string", "bool", "float64", "[]int", "[]string", "map[string]int"]

# Catalogue of fields: (name, type).
FIELDS = [("ID", "int"), ("Count", "int"), ("Level", "int"), ("Size", "int"),
          ("Label", "string"), ("Name", "string"), ("Code", "string"),
          ("Weight", "float64"), ("Ratio", "float64"), ("Active", "bool"),
          ("Tags", "[]string"), ("Values", "[]int"), ("Index", "map[string]int")]

# Catalogue of methods: name -> (params, result, pointer receiver required).
METHODS = {
    "Total": ([], "int", False),
    "Describe": ([], "string", False),
    "Valid": ([], "bool", False),
    "Key": ([], "string", False),
    "Merge": ([("n", "int")], "int", False),
    "Weigh": ([("f", "float64")], "float64", False),
    "Scale": ([("k", "int")], None, True),
    "Reset": ([], None, True),
    "Absorb": ([("xs", "[]int")], "int", True),
    "Rename": ([("s", "string")], None, True),
}

READONLY = {"i", "j"}   # loop counters are never assigned by generated code

KEYWORDS = {"break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import",
            "interface", "map", "package", "range", "return", "select",
            "struct", "switch", "type", "var"}


class Struct:
    def __init__(self, name, fields, embed):
        self.name = name
        self.fields = fields          # own fields [(name, type)]
        self.embed = embed            # Struct or None
        self.methods = {}             # own methods name -> pointer receiver?

    def all_fields(self):
        """Accessible fields (own, then promoted ones not shadowed)."""
        out = list(self.fields)
        if self.embed:
            own = {f for f, _ in self.fields} | {self.embed.name}
            out += [(f, t) for f, t in self.embed.all_fields() if f not in own]
        return out

    def method_set(self):
        """Method names callable on *T (own plus promoted)."""
        ms = set(self.methods)
        if self.embed:
            ms |= self.embed.method_set()
        return ms


class Iface:
    def __init__(self, name, methods, embed):
        self.name = name
        self.methods = methods        # own method names
        self.embed = embed

    def all_methods(self):
        ms = set(self.methods)
        if self.embed:
            ms |= self.embed.all_methods()
        return ms


class Func:
    def __init__(self, name, params, result):
        self.name = name
        self.params = params          # [(name, type)]
        self.result = result          # type string, or "int,error"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.names = set(KEYWORDS) | {"main", "spend", "clip", "budget",
                                      "checksum", "mix", "keysOf", "init"}
        self.structs = []
        self.ifaces = []
        self.enums = []               # (type name, [const names])
        self.funcs = []               # callable functions (Func)
        self.decls = []               # list of (kind, [lines])
        self._size = 0                # lines in decls, blank separators included
        self._by_name = {}            # struct/interface name -> object
        self.ctors = {}               # struct name -> constructor name
        self._impl = {}               # (iface, len(structs)) -> implementers

    # ---- naming -----------------------------------------------------------
    def fresh(self, base):
        name = base
        i = 2
        while name in self.names:
            name = "%s%d" % (base, i)
            i += 1
        self.names.add(name)
        return name

    def word(self):
        return self.r.choice(WORDS)

    # ---- type helpers -------------------------------------------------------
    def struct_by(self, name):
        o = self._by_name.get(name)
        return o if isinstance(o, Struct) else None

    def iface_by(self, name):
        o = self._by_name.get(name)
        return o if isinstance(o, Iface) else None

    def implementers(self, iface):
        key = (iface.name, len(self.structs))
        if key not in self._impl:
            need = iface.all_methods()
            self._impl[key] = [s for s in self.structs if need <= s.method_set()]
        return self._impl[key]

    def random_type(self, allow_named=True):
        r = self.r.random()
        if allow_named and self.structs and r < 0.25:
            return "*" + self.r.choice(self.structs[-12:]).name
        if allow_named and self.ifaces and r < 0.33:
            return self.r.choice(self.ifaces[-8:]).name
        return self.r.choice(["int", "int", "string", "string", "bool",
                              "float64", "[]int", "[]string", "map[string]int"])

    def method_sig(self, m):
        params, res, _ = METHODS[m]
        ps = ", ".join("%s %s" % p for p in params)
        return "%s(%s)%s" % (m, ps, (" " + res) if res else "")

    # ---- top level units ----------------------------------------------------
    def add(self, kind, lines):
        self.decls.append((kind, lines))
        self._size += len(lines) + 1

    def gen_struct(self):
        name = self.fresh(self.r.choice(NOUNS).capitalize())
        fields = self.r.sample(FIELDS, self.r.randint(3, 6))
        if not any(t == "int" for _, t in fields):
            fields.append(("Count", "int") if ("Count", "int") not in fields else ("Size", "int"))
        if not any(t == "string" for _, t in fields):
            fields.append(("Label", "string"))
        embed = None
        if self.structs and self.r.random() < 0.4:
            embed = self.r.choice(self.structs[-10:])
        s = Struct(name, fields, embed)
        lines = ["// %s is a generated record type." % name, "type %s struct {" % name]
        if embed:
            lines.append("\t" + embed.name)
        w = max(len(f) for f, _ in fields)
        for f, t in fields:
            lines.append("\t%s %s" % (f.ljust(w), t))
        lines.append("}")
        self.add("type", lines)
        self.structs.append(s)
        self._by_name[name] = s
        # constructor
        cname = self.fresh("New" + name)
        params = [("id", "int"), ("label", "string")]
        fb = FuncBuilder(self, params, "*" + name)
        fb.emit("if spend() {")
        fb.emit("\treturn %s" % self.struct_lit(name, fb, 0, ptr=True))
        fb.emit("}")
        lit = self.struct_lit(name, fb, 0, ptr=True, idvar="id", labelvar="label")
        fb.emit("p := %s" % lit)
        for f, t in s.all_fields():
            if t == "[]int" and self.r.random() < 0.5:
                fb.emit("p.%s = append(p.%s, id, id*2)" % (f, f))
            elif t == "map[string]int" and self.r.random() < 0.5:
                fb.emit("p.%s[label] = id" % f)
        fb.emit("return p")
        self.add("func", ["func %s(id int, label string) *%s {" % (cname, name)]
                 + fb.lines + ["}"])
        self.funcs.append(Func(cname, params, "*" + name))
        self.ctors[name] = cname
        # methods
        for m in self.r.sample(list(METHODS), self.r.randint(2, 4)):
            self.gen_method(s, m)

    def gen_method(self, s, m):
        params, res, needptr = METHODS[m]
        ptr = needptr or self.r.random() < 0.4
        s.methods[m] = ptr
        rtype = ("*" if ptr else "") + s.name
        fb = FuncBuilder(self, params, res, recv=("r", rtype), small=True)
        fb.body_method(s, m)
        head = "func (r %s) %s {" % (rtype, self.method_sig(m))
        self.add("func", [head] + fb.lines + ["}"])

    def gen_iface(self):
        cands = [s for s in self.structs[-15:] if len(s.method_set()) >= 1]
        if not cands:
            return False
        s = self.r.choice(cands)
        ms = sorted(s.method_set())
        pick = sorted(self.r.sample(ms, min(len(ms), self.r.randint(1, 3))))
        embed = None
        for i in reversed(self.ifaces[-6:]):
            if i.all_methods() < set(pick) and self.r.random() < 0.5:
                embed = i
                break
        name = self.fresh(self.r.choice(NOUNS).capitalize() + self.r.choice(
            ["er", "Source", "Sink", "View", "Like", "Handler"]))
        own = [m for m in pick if not embed or m not in embed.all_methods()]
        lines = ["// %s is satisfied by pointers to several generated types." % name,
                 "type %s interface {" % name]
        if embed:
            lines.append("\t" + embed.name)
        for m in own:
            lines.append("\t" + self.method_sig(m))
        lines.append("}")
        self.add("type", lines)
        self.ifaces.append(Iface(name, own, embed))
        self._by_name[name] = self.ifaces[-1]
        return True

    def gen_enum(self):
        tname = self.fresh(self.r.choice(NOUNS).capitalize() + self.r.choice(
            ["Kind", "Mode", "State", "Phase", "Level"]))
        n = self.r.randint(3, 7)
        names = []
        for _ in range(n):
            names.append(self.fresh(tname + self.word().capitalize()))
        lines = ["type %s int" % tname, "", "const ("]
        if self.r.random() < 0.3:
            lines.append("\t%s %s = iota + %d" % (names[0], tname, self.r.randint(1, 5)))
        else:
            lines.append("\t%s %s = iota" % (names[0], tname))
        for nm in names[1:]:
            lines.append("\t" + nm)
        lines.append(")")
        self.add("const", lines)
        fb = ["func (k %s) String() string {" % tname, "\tswitch k {"]
        for nm in names:
            fb.append("\tcase %s:" % nm)
            fb.append("\t\treturn %s" % go_str(nm[len(tname):].lower()))
        fb += ["\t}", "\treturn \"%s(\" + strconv.Itoa(int(k)) + \")\"" % tname, "}"]
        self.add("func", fb)
        self.enums.append((tname, names))

    def gen_func(self, size=None):
        verb = self.r.choice(VERBS)
        noun = self.r.choice(NOUNS).capitalize()
        name = self.fresh(verb + noun)
        nparams = self.r.randint(0, 3)
        params = []
        used = set()
        for i in range(nparams):
            t = self.random_type()
            pn = self.param_name(t, used)
            params.append((pn, t))
        res = self.r.choice(["int", "int", "int", "string", "int,error", "bool",
                             "[]int", "named"])
        if res == "named":
            res = "*" + self.r.choice(self.structs[-10:]).name if self.structs else "int"
            if self.ifaces and self.r.random() < 0.5:
                cand = [i for i in self.ifaces[-8:] if self.implementers(i)]
                if cand:
                    res = self.r.choice(cand).name
        fb = FuncBuilder(self, params, res)
        fb.body_function(size or self.r.randint(18, 56))
        ps = ", ".join("%s %s" % p for p in params)
        rs = {"int,error": " (int, error)"}.get(res, " " + res)
        self.add("func", ["func %s(%s)%s {" % (name, ps, rs)] + fb.lines + ["}"])
        self.funcs.append(Func(name, params, res))

    def gen_factory(self):
        name = self.fresh("make" + self.r.choice(NOUNS).capitalize() + "Step")
        fb = FuncBuilder(self, [("base", "int"), ("tag", "string")], "func(int) int")
        fb.emit("calls := 0")
        fb.emit("offset := len(tag) + base%%%d" % self.r.randint(3, 9))
        fb.emit("return func(x int) int {")
        fb.emit("\tcalls++")
        op = self.r.choice(["x*%d + offset", "x + offset*calls", "(x ^ offset) + calls",
                            "x - offset + %d"])
        if "%d" in op:
            op = op % self.r.randint(2, 9)
        fb.emit("\treturn " + op)
        fb.emit("}")
        self.add("func", ["func %s(base int, tag string) func(int) int {" % name]
                 + fb.lines + ["}"])
        self.funcs.append(Func(name, [("base", "int"), ("tag", "string")], "func(int) int"))

    def param_name(self, t, used):
        base = {"int": "num", "string": "text", "bool": "flag", "float64": "ratio",
                "[]int": "nums", "[]string": "words", "map[string]int": "table"}.get(t)
        if base is None:
            base = "ptr" if t.startswith("*") else "it"
        i = 0
        nm = base
        while nm in used:
            i += 1
            nm = "%s%d" % (base, i)
        used.add(nm)
        return nm

    # ---- literals -----------------------------------------------------------
    def struct_lit(self, name, fb, depth, ptr=False, idvar=None, labelvar=None):
        s = self.struct_by(name)
        parts = []
        if s.embed:
            parts.append("%s: %s" % (s.embed.name, self.struct_lit(s.embed.name, fb, depth + 1)))
        for f, t in s.fields:
            if t == "int" and idvar:
                parts.append("%s: %s" % (f, idvar))
                idvar = None
            elif t == "string" and labelvar:
                parts.append("%s: %s" % (f, labelvar))
                labelvar = None
            elif t == "map[string]int":
                parts.append("%s: map[string]int{}" % f)
            elif self.r.random() < 0.7 or t == "map[string]int":
                parts.append("%s: %s" % (f, fb.literal(t)))
        return ("&" if ptr else "") + "%s{%s}" % (name, ", ".join(parts))

    # ---- driver -------------------------------------------------------------
    def size(self):
        return self._size

    def generate_one(self, remaining=10 ** 9):
        x = self.r.random()
        if remaining < 40:
            if remaining < 28:
                self.gen_enum()
            else:
                self.gen_func(remaining - 8)
        elif remaining < 160:
            self.gen_func(self.r.randint(18, max(18, min(56, remaining - 40))))
        elif not self.structs or x < 0.12:
            self.gen_struct()
        elif x < 0.17:
            if not self.gen_iface():
                self.gen_func()
        elif x < 0.21:
            self.gen_enum()
        elif x < 0.25:
            self.gen_factory()
        else:
            self.gen_func()

    def main_estimate(self):
        n = 0
        for f in self.funcs:
            n += {"int,error": 5}.get(f.result, 1)
            if self.iface_by(f.result):
                n += 2
        return int(n * 1.12) + 6

    def main_estimate_fast(self):
        # incremental version of main_estimate (memoised on len(funcs))
        k = len(self.funcs)
        c = getattr(self, "_me", (0, 0))
        n = c[1]
        for f in self.funcs[c[0]:k]:
            n += {"int,error": 5}.get(f.result, 1) + (2 if self.iface_by(f.result) else 0)
        self._me = (k, n)
        return int(n * 1.12) + 6

    def main_decls(self):
        """runGroupN functions calling every function once, and main."""
        calls = []
        for f in self.funcs:
            fb = FuncBuilder(self, [], None)
            args = ", ".join(fb.expr(t, 2) for _, t in f.params)
            call = "%s(%s)" % (f.name, args)
            pre = fb.lines
            if f.result == "int,error":
                calls.append(pre + ["if v, err := %s; err != nil {" % call,
                                    "\tfmt.Println(%s, \"error:\", err)" % go_str(f.name),
                                    "} else {",
                                    "\tsum += v",
                                    "}"])
            elif f.result in ("int", "bool", "string"):
                calls.append(pre + ["fmt.Println(%s, %s)" % (go_str(f.name), call)])
            elif f.result == "[]int":
                calls.append(pre + ["sum += checksum(%s)" % call])
            elif f.result == "func(int) int":
                calls.append(pre + ["sum += %s(%d)" % (call, self.r.randint(1, 9))])
            elif f.result.startswith("*"):
                s = self.struct_by(f.result[1:])
                fi = [fn for fn, t in s.all_fields() if t == "int"][0]
                calls.append(pre + ["sum += %s.%s" % (call, fi)])
            else:
                i = self.iface_by(f.result)
                m = sorted(i.all_methods())[0]
                calls.append(pre + ["if v := %s; v != nil {" % call,
                                    "\tfmt.Printf(\"%%s %%T\\n\", %s, v)" % go_str(f.name),
                                    "}"])
        groups = []
        cur = []
        for c in calls:
            if cur and sum(len(x) for x in cur) + len(c) > 40:
                groups.append(cur)
                cur = []
            cur.append(c)
        if cur:
            groups.append(cur)
        out = []
        names = []
        for g in groups:
            nm = self.fresh("runGroup")
            names.append(nm)
            lines = ["func %s() int {" % nm, "\tsum := 0"]
            for c in g:
                lines += ["\t" + l for l in c]
            lines += ["\treturn sum", "}"]
            out.append(("func", lines))
        ml = ["func main() {", "\ttotal := 0"]
        for nm in names:
            ml.append("\ttotal += %s()" % nm)
        ml += ["\tfmt.Println(\"total:\", total, \"budget left:\", budget)", "}"]
        out.append(("func", ml))
        return out


def go_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class FuncBuilder:
    """Builds one function body: tracks scopes and unread locals."""

    def __init__(self, g, params, result, recv=None, small=False):
        self.g = g
        self.r = g.r
        self.lines = []
        self.ind = 1
        self.scopes = [{}]            # name -> [type, used]
        self.counter = 0
        self.result = result
        self.small = small
        self.labels = 0
        self.recv = recv
        self.loop_depth = 0
        for n, t in params:
            self.scopes[0][n] = [t, True]   # params need not be used
        if recv:
            self.scopes[0][recv[0]] = [recv[1], True]

    # ---- emission / scopes ------------------------------------------------
    def emit(self, s):
        # s may hold several lines (already indented after the first one)
        for i, part in enumerate(s.split("\n")):
            self.lines.append(("\t" * self.ind if i == 0 else "") + part)

    def newvar(self, base, t):
        self.counter += 1
        name = "%s%d" % (base, self.counter)
        self.scopes[-1][name] = [t, False]
        return name

    def open(self, s):
        self.emit(s)
        self.ind += 1
        self.scopes.append({})

    def close(self, s="}"):
        self.consume(self.scopes[-1])
        self.scopes.pop()
        self.ind -= 1
        self.emit(s)

    def consume(self, scope):
        for name, v in list(scope.items()):
            if not v[1]:
                v[1] = True
                self.emit(self.use_stmt(name, v[0]))

    def use_stmt(self, name, t):
        if t == "int":
            return "acc += %s" % name
        if t == "float64":
            return "acc += int(%s)" % name
        if t == "bool":
            return "if %s {\n%sacc++\n%s}" % (name, "\t" * (self.ind + 1), "\t" * self.ind)
        if t in ("string", "[]int", "[]string", "map[string]int"):
            return "acc += len(%s)" % name
        if t == "builder":
            return "acc += %s.Len()" % name
        if t == "func(int) int":
            return "acc += %s(acc & 7)" % name
        if t.startswith("*"):
            s = self.g.struct_by(t[1:])
            fi = [f for f, ft in s.all_fields() if ft == "int"][0]
            return "acc += %s.%s" % (name, fi)
        if self.g.struct_by(t):
            s = self.g.struct_by(t)
            fi = [f for f, ft in s.all_fields() if ft == "string"][0]
            return "acc += len(%s.%s)" % (name, fi)
        # interface or error
        return "if %s != nil {\n%sacc++\n%s}" % (name, "\t" * (self.ind + 1), "\t" * self.ind)

    def visible(self):
        """Innermost binding of every name in scope, in a stable order."""
        seen = {}
        for sc in reversed(self.scopes):
            for n, v in sc.items():
                if n not in seen:
                    seen[n] = v
        return sorted(seen.items())

    def vars_of(self, t):
        return [n for n, v in self.visible() if v[0] == t]

    def pick_var(self, t):
        vs = self.vars_of(t)
        if not vs:
            return None
        n = self.r.choice(vs)
        self.mark(n)
        return n

    def mark(self, n):
        for sc in reversed(self.scopes):
            if n in sc:
                sc[n][1] = True
                return

    # ---- expressions --------------------------------------------------------
    def literal(self, t):
        r = self.r
        if t == "int":
            return str(r.randint(0, 99))
        if t == "string":
            return go_str(r.choice(WORDS))
        if t == "bool":
            return r.choice(["true", "false"])
        if t == "float64":
            return "%d.%d" % (r.randint(0, 9), r.choice([0, 25, 5, 75]))
        if t == "[]int":
            return "[]int{%s}" % ", ".join(str(r.randint(0, 50)) for _ in range(r.randint(0, 4)))
        if t == "[]string":
            return "[]string{%s}" % ", ".join(go_str(r.choice(WORDS)) for _ in range(r.randint(1, 3)))
        if t == "map[string]int":
            return "map[string]int{%s}" % ", ".join(
                "%s: %d" % (go_str(w), r.randint(0, 9)) for w in r.sample(WORDS, r.randint(0, 3)))
        raise ValueError(t)

    def fields_of(self, t):
        """(var.field) expressions of type t from struct-typed vars in scope."""
        out = []
        for n, v in self.visible():
            if True:
                st = v[0].lstrip("*")
                s = self.g.struct_by(st)
                if s:
                    for f, ft in s.all_fields():
                        if ft == t:
                            out.append((n, "%s.%s" % (n, f)))
        return out

    def methods_returning(self, t):
        out = []
        if self.small:
            return out
        for n, v in self.visible():
            if True:
                vt = v[0]
                s = self.g.struct_by(vt.lstrip("*"))
                if s:
                    # locals and params are addressable: the whole method set
                    for m in sorted(s.method_set()):
                        params, res, _ = METHODS[m]
                        if res == t and m not in ("Absorb",):
                            out.append((n, m, params))
                i = self.g.iface_by(vt)
                if i:
                    for m in sorted(i.all_methods()):
                        params, res, _ = METHODS[m]
                        if res == t and m not in ("Absorb",):
                            out.append((n, m, params))
        return out

    def call_of(self, t, depth):
        cands = [f for f in self.g.funcs[-40:] if f.result == t]
        if self.r.random() < 0.3:
            cands = [f for f in self.g.funcs if f.result == t]
        if not cands:
            return None
        f = self.r.choice(cands)
        return "%s(%s)" % (f.name, ", ".join(self.expr(pt, depth + 1) for _, pt in f.params))

    def expr(self, t, depth=0):
        r = self.r
        x = r.random()
        deep = depth >= 2
        # variables first
        if x < 0.35:
            v = self.pick_var(t)
            if v:
                return v
        if x < 0.45:
            fs = self.fields_of(t)
            if fs:
                n, e = r.choice(fs)
                self.mark(n)
                return e
        if not deep and x < 0.55:
            ms = self.methods_returning(t)
            if ms:
                n, m, params = r.choice(ms)
                self.mark(n)
                return "%s.%s(%s)" % (n, m, ", ".join(self.expr(pt, depth + 1) for _, pt in params))
        if not deep and x < 0.65 and not self.small:
            c = self.call_of(t, depth)
            if c:
                return c
        if t == "int":
            return self.int_expr(depth)
        if t == "string":
            return self.str_expr(depth)
        if t == "bool":
            return self.bool_expr(depth)
        if t == "float64":
            if deep or r.random() < 0.5:
                return self.literal(t)
            return "float64(%s) * %s" % (self.expr("int", depth + 1), self.literal("float64"))
        if t == "[]int":
            if not deep and r.random() < 0.3:
                return "append(%s, %s)" % (self.literal(t), self.expr("int", depth + 1))
            return self.literal(t)
        if t == "[]string":
            if not deep and r.random() < 0.5:
                return r.choice(["strings.Fields(%s)", "strings.Split(%s, \"-\")"]) % self.expr("string", depth + 1)
            return self.literal(t)
        if t == "map[string]int":
            return self.literal(t)
        if t == "error":
            if r.random() < 0.5:
                return "errors.New(%s)" % go_str(r.choice(WORDS) + " failed")
            return "fmt.Errorf(\"%%s: %%d\", %s, %s)" % (self.expr("string", depth + 1), self.expr("int", depth + 1))
        if t == "func(int) int":
            k = self.expr("int", 2)
            return "func(arg int) int { return arg*2 + %s }" % k
        if t.startswith("*"):
            s = t[1:]
            if r.random() < 0.5:
                ctor = self.g.ctors.get(s)
                if ctor:
                    return "%s(%s, %s)" % (ctor, self.expr("int", 2), self.expr("string", 2))
            return self.g.struct_lit(s, self, 2, ptr=True)
        if self.g.struct_by(t):
            return self.g.struct_lit(t, self, 2)
        i = self.g.iface_by(t)
        if i:
            impl = self.g.implementers(i)
            s = r.choice(impl)
            v = self.pick_var("*" + s.name)
            if v:
                return v
            return self.g.struct_lit(s.name, self, 2, ptr=True)
        raise ValueError(t)

    def int_expr(self, depth):
        r = self.r
        if depth >= 2:
            return self.pick_var("int") or self.literal("int")
        c = r.randint(0, 9)
        a = self.expr("int", depth + 1) if c in (0, 1, 3, 5, 6, 7) else None
        if c == 0:
            return "%s + %s" % (a, self.expr("int", depth + 1))
        if c == 1:
            return "%s * %d" % (a, r.randint(2, 7))
        if c == 2:
            return "len(%s)" % self.expr(r.choice(["string", "[]int", "[]string", "map[string]int"]), depth + 1)
        if c == 3:
            return "(%s - %s) / (%s | 1)" % (a, self.expr("int", depth + 1), self.expr("int", depth + 1))
        if c == 4:
            return "strings.Index(%s, %s)" % (self.expr("string", depth + 1), go_str(r.choice("aeiou")))
        if c == 5:
            return "%s %% %d" % (a, r.randint(2, 11))
        if c == 6:
            return "%s << %d" % (a, r.randint(1, 4))
        if c == 7:
            return "%s &^ %d" % (a, r.randint(1, 15))
        if c == 8 and self.g.enums:
            tn, names = r.choice(self.g.enums)
            return "int(%s)" % r.choice(names)
        return self.literal("int")

    def str_expr(self, depth):
        r = self.r
        if depth >= 2:
            return self.pick_var("string") or self.literal("string")
        c = r.randint(0, 8)
        if c == 0:
            return "strconv.Itoa(%s)" % self.expr("int", depth + 1)
        if c == 1:
            return "clip(fmt.Sprintf(\"%%s-%%d\", %s, %s))" % (self.expr("string", depth + 1), self.expr("int", depth + 1))
        if c == 2:
            return "strings.ToUpper(%s)" % self.expr("string", depth + 1)
        if c == 3:
            return "clip(%s + \"_\" + %s)" % (self.expr("string", depth + 1), self.expr("string", depth + 1))
        if c == 4:
            return "clip(strings.Join(%s, \",\"))" % self.expr("[]string", depth + 1)
        if c == 5:
            return "clip(strings.Repeat(%s, %d))" % (self.expr("string", depth + 1), r.randint(1, 3))
        if c == 6 and self.g.enums:
            tn, names = r.choice(self.g.enums)
            return "%s.String()" % r.choice(names)
        if c == 7:
            return "fmt.Sprint(%s, %s)" % (self.expr("int", depth + 1), self.expr("bool", depth + 1))
        return self.literal("string")

    def bool_expr(self, depth):
        r = self.r
        if depth >= 2:
            return self.pick_var("bool") or self.literal("bool")
        c = r.randint(0, 5)
        if c == 0:
            return "%s < %s" % (self.expr("int", depth + 1), self.expr("int", depth + 1))
        if c == 1:
            return "strings.Contains(%s, %s)" % (self.expr("string", depth + 1), go_str(r.choice("aeiou")))
        if c == 2:
            return "strings.HasPrefix(%s, %s)" % (self.expr("string", depth + 1), go_str(r.choice(WORDS)[:2]))
        if c == 3:
            return "len(%s) > %d" % (self.expr(r.choice(["[]int", "string", "[]string"]), depth + 1), r.randint(0, 4))
        if c == 4:
            return "%s == %s" % (self.expr("string", depth + 1), self.literal("string"))
        return self.literal("bool")

    # ---- statements ---------------------------------------------------------
    def decl(self, t=None):
        t = t or self.g.random_type()
        e = self.expr(t)
        base = {"int": "n", "string": "s", "bool": "ok", "float64": "f",
                "[]int": "xs", "[]string": "names", "map[string]int": "counts",
                "error": "err", "func(int) int": "fn"}.get(t)
        if base is None:
            base = "p" if t.startswith("*") else "v"
        if self.g.iface_by(t) or t == "error":
            self.emit("var %s %s = %s" % (self.newvar(base, t), t, e))
            return
        name = self.newvar(base, t)
        self.emit("%s := %s" % (name, e))

    def assign(self):
        t = self.r.choice(["int", "int", "string", "[]int", "bool", "map[string]int"])
        vs = self.vars_of(t)
        vs = [v for v in vs if v not in READONLY]
        if not vs:
            return self.decl(t)
        v = self.r.choice(vs)
        if t == "int":
            self.emit("%s %s %s" % (v, self.r.choice(["=", "+=", "-=", "^=", "|="]), self.expr("int", 1)))
            return
        elif t == "string":
            self.emit("%s = clip(%s + %s)" % (v, v, self.expr("string", 1)))
        elif t == "[]int":
            self.emit("%s = append(%s, %s)" % (v, v, self.expr("int", 1)))
        elif t == "bool":
            self.emit("%s = %s || %s" % (v, v, self.expr("bool", 1)))
        else:
            self.emit("%s[%s] = %s" % (v, self.expr("string", 1), self.expr("int", 1)))
        self.mark(v)

    def stmt(self, depth):
        r = self.r
        kinds = [("decl", 18), ("assign", 14), ("if", 10), ("for", 7), ("range", 7),
                 ("switch", 5), ("call", 7), ("map", 5), ("builder", 3), ("closure", 3),
                 ("tswitch", 4 if self.g.ifaces else 0), ("label", 2), ("goto", 1),
                 ("sortkeys", 3), ("method", 6), ("slice", 4), ("errcall", 3)]
        if depth >= 2:
            kinds = [k for k in kinds if k[0] in ("decl", "assign", "call", "method", "map")]
        tot = sum(w for _, w in kinds)
        x = r.uniform(0, tot)
        for k, w in kinds:
            x -= w
            if x <= 0:
                break
        getattr(self, "st_" + k)(depth)

    def block(self, n, depth):
        for _ in range(n):
            self.stmt(depth)

    def st_decl(self, depth):
        self.decl()

    def st_assign(self, depth):
        self.assign()

    def st_if(self, depth):
        r = self.r
        if r.random() < 0.3:
            m = self.pick_var("map[string]int")
            if m:
                self.open("if v, ok := %s[%s]; ok {" % (m, self.expr("string", 1)))
                self.emit("acc += v")
                self.block(r.randint(0, 2), depth + 1)
                self.close()
                return
        self.open("if %s {" % self.expr("bool"))
        self.block(r.randint(1, 3), depth + 1)
        if r.random() < 0.5:
            self.close("} else {")
            self.ind += 1
            self.scopes.append({})
            self.block(r.randint(1, 2), depth + 1)
        self.close()

    def st_for(self, depth):
        r = self.r
        c = r.randint(0, 2)
        if c == 0:
            self.open("for i := 0; i < %d; i++ {" % r.randint(2, 6))
            self.scopes[-1]["i"] = ["int", False]
        elif c == 1:
            self.counter += 1
            k = "k%d" % self.counter
            self.emit("%s := %d" % (k, r.randint(3, 9)))
            self.open("for %s > 0 {" % k)
            self.emit("%s--" % k)
        else:
            self.counter += 1
            k = "j%d" % self.counter
            self.emit("%s := 0" % k)
            self.open("for {")
            self.open("if %s >= %d {" % (k, r.randint(2, 5)))
            self.emit("break")
            self.close()
            self.emit("%s++" % k)
        self.loop_depth += 1
        self.block(r.randint(1, 3), depth + 1)
        self.loop_depth -= 1
        self.close()

    def st_range(self, depth):
        r = self.r
        t = r.choice(["[]int", "[]string", "string", "map[string]int"])
        src = self.expr(t, 1)
        if t == "map[string]int":
            self.open("for key, val := range %s {" % src)
            self.emit("acc += val + len(key)")
            self.close()
            return
        if t == "string":
            self.open("for i, ch := range %s {" % src)
            self.open("if ch == '%s' {" % r.choice("aeiou"))
            self.emit("acc += i")
            self.close()
            self.close()
            return
        et = t[2:]
        self.open("for idx, el := range %s {" % src)
        self.scopes[-1]["idx"] = ["int", False]
        self.scopes[-1]["el"] = [et, False]
        self.loop_depth += 1
        self.block(r.randint(0, 2), depth + 1)
        self.loop_depth -= 1
        self.close()

    def st_switch(self, depth):
        r = self.r
        n = r.randint(2, 4)
        self.open("switch %s %% %d {" % (self.expr("int", 1), n + 1))
        self.ind -= 1
        for i in range(n):
            self.emit("case %d:" % i)
            self.ind += 1
            self.scopes.append({})
            self.block(r.randint(1, 2), depth + 1)
            self.consume(self.scopes.pop())
            if i < n - 1 and r.random() < 0.3:
                self.emit("fallthrough")
            self.ind -= 1
        self.emit("default:")
        self.ind += 1
        self.emit("acc--")
        self.close()

    def st_tswitch(self, depth):
        r = self.r
        i = r.choice(self.g.ifaces[-8:])
        impl = self.g.implementers(i)
        if not impl:
            return self.decl()
        v = self.expr(i.name, 1)
        self.open("switch x := %s(%s).(type) {" % (i.name, v))
        self.ind -= 1
        for s in r.sample(impl, min(len(impl), r.randint(1, 3))):
            self.emit("case *%s:" % s.name)
            self.ind += 1
            self.scopes.append({"x": ["*" + s.name, False]})
            self.block(r.randint(0, 2), depth + 1)
            self.consume(self.scopes.pop())
            self.ind -= 1
        self.emit("default:")
        self.ind += 1
        self.emit("_ = x")
        self.close()

    def st_call(self, depth):
        t = self.r.choice(["int", "string", "bool", "[]int"])
        c = self.call_of(t, 1) if not self.small else None
        if c:
            v = self.newvar({"int": "r", "string": "txt", "bool": "okr", "[]int": "vals"}[t], t)
            self.emit("%s := %s" % (v, c))
        else:
            self.decl(t)

    def st_errcall(self, depth):
        cands = [f for f in self.g.funcs[-60:] if f.result == "int,error"]
        if not cands or self.small:
            return self.decl("error")
        f = self.r.choice(cands)
        args = ", ".join(self.expr(pt, 1) for _, pt in f.params)
        self.counter += 1
        rv = "res%d" % self.counter
        self.open("if %s, err := %s(%s); err != nil {" % (rv, f.name, args))
        self.emit("acc -= len(err.Error())")
        self.close("} else {")
        self.ind += 1
        self.scopes.append({})
        self.emit("acc += %s" % rv)
        self.close()

    def st_method(self, depth):
        cands = []
        for n, v in (self.visible() if not self.small else []):
            if True:
                s = self.g.struct_by(v[0].lstrip("*"))
                if s:
                    for m in s.method_set():
                        cands.append((n, m))
                i = self.g.iface_by(v[0])
                if i:
                    for m in i.all_methods():
                        cands.append((n, m))
        if not cands:
            t = "*" + self.r.choice(self.g.structs[-10:]).name
            return self.decl(t)
        cands = [c for c in cands if c[0] != (self.recv or ("",))[0]]
        if not cands:
            return self.decl("int")
        n, m = self.r.choice(sorted(cands))
        self.mark(n)
        params, res, _ = METHODS[m]
        call = "%s.%s(%s)" % (n, m, ", ".join(self.expr(pt, 1) for _, pt in params))
        if res is None:
            self.emit(call)
        elif res == "int":
            self.emit("acc += " + call)
        elif res == "string":
            self.emit("acc += len(%s)" % call)
        elif res == "bool":
            self.open("if %s {" % call)
            self.emit("acc++")
            self.close()
        else:
            self.emit("acc += int(%s)" % call)

    def st_map(self, depth):
        m = self.pick_var("map[string]int")
        if not m:
            m = self.newvar("counts", "map[string]int")
            self.emit("%s := make(map[string]int)" % m)
        c = self.r.randint(0, 2)
        if c == 0:
            self.emit("%s[%s]++" % (m, self.expr("string", 1)))
        elif c == 1:
            self.emit("delete(%s, %s)" % (m, self.expr("string", 1)))
        else:
            self.emit("%s[%s] += %s" % (m, self.expr("string", 1), self.expr("int", 1)))

    def st_builder(self, depth):
        b = self.newvar("sb", "builder")
        self.emit("var %s strings.Builder" % b)
        self.open("for i := 0; i < %d; i++ {" % self.r.randint(2, 4))
        self.emit("%s.WriteString(%s)" % (b, self.expr("string", 1)))
        self.emit("%s.WriteByte(' ')" % b)
        self.close()
        s = self.newvar("out", "string")
        self.emit("%s := clip(%s.String())" % (s, b))
        self.mark(b)

    def st_closure(self, depth):
        k = self.expr("int", 1)
        f = self.newvar("step", "func(int) int")
        self.counter += 1
        self.open("%s := func(arg int) int {" % f)
        self.scopes[-1]["arg"] = ["int", True]
        if self.r.random() < 0.5:
            self.emit("acc += arg")
        self.emit("return arg*%d + %s" % (self.r.randint(2, 5), k))
        self.close()
        self.open("for i := 0; i < %d; i++ {" % self.r.randint(2, 4))
        self.emit("acc = %s(acc + i) %% 1000003" % f)
        self.mark(f)
        self.close()

    def st_label(self, depth):
        self.g.names.add("")
        self.labels += 1
        lab = "outer%d" % self.labels
        self.ind -= 1
        self.emit("%s:" % lab)
        self.ind += 1
        self.open("for i := 0; i < %d; i++ {" % self.r.randint(2, 5))
        self.open("for j := 0; j < %d; j++ {" % self.r.randint(2, 5))
        self.open("if (i+j)%%%d == %d {" % (self.r.randint(2, 4), self.r.randint(0, 1)))
        self.emit("continue %s" % lab)
        self.close()
        self.open("if acc > %d {" % self.r.randint(1000, 100000))
        self.emit("break %s" % lab)
        self.close()
        self.emit("acc += i * j")
        self.close()
        self.close()

    def st_goto(self, depth):
        self.labels += 1
        lab = "retry%d" % self.labels
        self.counter += 1
        n = "tries%d" % self.counter
        self.open("{")
        self.emit("%s := 0" % n)
        self.ind -= 1
        self.emit("%s:" % lab)
        self.ind += 1
        self.emit("%s++" % n)
        self.open("if %s < %d {" % (n, self.r.randint(2, 4)))
        self.emit("goto %s" % lab)
        self.close()
        self.emit("acc += %s" % n)
        self.close()

    def st_sortkeys(self, depth):
        m = self.expr("map[string]int", 1)
        ks = self.newvar("keys", "[]string")
        self.emit("%s := keysOf(%s)" % (ks, m))
        if self.r.random() < 0.5:
            self.emit("sort.Strings(%s)" % ks)
        else:
            self.emit("sort.Slice(%s, func(a, b int) bool { return %s[a] > %s[b] })" % (ks, ks, ks))
        self.open("for pos, key := range %s {" % ks)
        self.emit("acc = acc*31 + pos + len(key)")
        self.close()
        self.mark(ks)

    def st_slice(self, depth):
        r = self.r
        xs = self.pick_var("[]int")
        if not xs:
            xs = self.newvar("xs", "[]int")
            self.emit("%s := make([]int, 0, %d)" % (xs, r.randint(0, 8)))
        c = r.randint(0, 3)
        if c == 0:
            self.open("if len(%s) > 1 {" % xs)
            self.emit("acc += %s[(acc&0xff)%%len(%s)] + %s[len(%s)-1]" % (xs, xs, xs, xs))
            self.emit("acc += len(%s[1:]) + cap(%s[:1:1])" % (xs, xs))
            self.close()
        elif c == 1:
            cp = self.newvar("cp", "[]int")
            self.emit("%s := make([]int, len(%s))" % (cp, xs))
            self.emit("acc += copy(%s, %s)" % (cp, xs))
        elif c == 2:
            self.emit("sort.Ints(%s)" % xs)
        else:
            self.emit("%s = append(%s, []int{%d, %d}...)" % (xs, xs, r.randint(0, 9), r.randint(0, 9)))

    # ---- whole bodies ------------------------------------------------------
    def body_function(self, nstmts):
        r = self.r
        self.emit("if spend() {")
        self.emit("\treturn " + self.zero(self.result))
        self.emit("}")
        self.emit("acc := 0")
        if r.random() < 0.15:
            self.open("defer func() {")
            self.open("if rec := recover(); rec != nil {")
            self.emit("acc = -1")
            self.close()
            self.close("}()")
        # nstmts is a target body size in lines; statements are added until
        # it is reached (the unread-variable folding and return come after).
        while len(self.lines) < nstmts - 6:
            self.stmt(0)
        self.consume(self.scopes[-1])
        self.finish()

    def finish(self):
        res = self.result
        r = self.r
        if res == "int":
            self.emit("return acc")
        elif res == "int,error":
            self.open("if acc%%%d == 0 {" % r.randint(3, 7))
            self.emit("return 0, fmt.Errorf(\"%s: bad value %%d\", acc)" % r.choice(NOUNS))
            self.close()
            self.emit("return acc, nil")
        elif res == "string":
            self.emit("return clip(fmt.Sprintf(\"%%s=%%d\", %s, acc))" % self.expr("string", 1))
        elif res == "bool":
            self.emit("return acc%%%d == %d" % (r.randint(2, 5), r.randint(0, 1)))
        elif res == "[]int":
            self.emit("return append(%s, acc)" % self.expr("[]int", 1))
        elif res.startswith("*"):
            e = self.expr(res, 1)
            p = self.newvar("res", res)
            self.emit("%s := %s" % (p, e))
            s = self.g.struct_by(res[1:])
            fi = [f for f, t in s.all_fields() if t == "int"][0]
            self.emit("%s.%s += acc" % (p, fi))
            self.mark(p)
            self.emit("return %s" % p)
        else:
            self.emit("return %s" % self.expr(res, 1))

    def zero(self, t):
        if t == "int":
            return "0"
        if t == "int,error":
            return "0, errors.New(\"budget exhausted\")"
        if t == "string":
            return '""'
        if t == "bool":
            return "false"
        if t == "[]int":
            return "nil"
        if t.startswith("*"):
            return self.g.struct_lit(t[1:], self, 2, ptr=True)
        i = self.g.iface_by(t)
        s = self.g.implementers(i)[0]
        return self.g.struct_lit(s.name, self, 2, ptr=True)

    def body_method(self, s, m):
        r = self.r
        fields = s.all_fields()
        ints = [f for f, t in fields if t == "int"]
        strs = [f for f, t in fields if t == "string"]
        if m == "Total":
            self.emit("acc := r.%s" % r.choice(ints))
            for f, t in fields:
                if t in ("[]int",):
                    self.open("for _, v := range r.%s {" % f)
                    self.emit("acc += v")
                    self.close()
                elif t in ("[]string", "map[string]int", "string") and r.random() < 0.5:
                    self.emit("acc += len(r.%s)" % f)
            self.emit("return acc")
        elif m == "Describe":
            self.emit("return fmt.Sprintf(\"%s(%%s, %%d)\", r.%s, r.%s)" % (s.name, r.choice(strs), r.choice(ints)))
        elif m == "Key":
            self.emit("return strings.ToUpper(r.%s) + \":\" + strconv.Itoa(r.%s)" % (r.choice(strs), r.choice(ints)))
        elif m == "Valid":
            self.emit("return r.%s >= 0 && r.%s != \"\"" % (r.choice(ints), r.choice(strs)))
        elif m == "Merge":
            self.emit("acc := n")
            self.block(r.randint(1, 3), 1)
            self.consume(self.scopes[-1])
            self.emit("return acc + r.%s" % r.choice(ints))
        elif m == "Weigh":
            fl = [f for f, t in fields if t == "float64"]
            if fl:
                self.emit("return f*r.%s + float64(r.%s)" % (r.choice(fl), r.choice(ints)))
            else:
                self.emit("return f * float64(r.%s+1)" % r.choice(ints))
        elif m == "Scale":
            for f in ints:
                self.emit("r.%s *= k" % f)
        elif m == "Reset":
            for f, t in fields:
                if t == "map[string]int":
                    self.emit("r.%s = map[string]int{}" % f)
                elif t in ("int", "float64"):
                    self.emit("r.%s = 0" % f)
                elif t == "[]int":
                    self.emit("r.%s = r.%s[:0]" % (f, f))
        elif m == "Absorb":
            f = r.choice(ints)
            self.open("for _, x := range xs {")
            self.emit("r.%s += x" % f)
            self.close()
            li = [g for g, t in fields if t == "[]int"]
            if li:
                self.emit("r.%s = append(r.%s, len(xs))" % (li[0], li[0]))
            self.emit("return r.%s" % f)
        elif m == "Rename":
            f = r.choice(strs)
            self.emit("r.%s = clip(s + \"/\" + r.%s)" % (f, f))
            mp = [g for g, t in fields if t == "map[string]int"]
            if mp:
                self.emit("r.%s[s]++" % mp[0])


PRELUDE = """// budget bounds the work done by one run of the generated program.
var budget = 20000

func spend() bool {
	budget--
	return budget < 0
}

// clip bounds the length of generated strings.
func clip(s string) string {
	if len(s) > 48 {
		return s[:48]
	}
	return s
}

func checksum(xs []int) int {
	h := 17
	for _, x := range xs {
		h = h*31 + x
	}
	return h
}

func keysOf(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}"""

PKGS = ["errors", "fmt", "sort", "strconv", "strings"]


def imports_for(text):
    return [p for p in PKGS if re.search(r"\b%s\.[A-Z]" % p, text)]


def header(text, seed, idx, nfiles):
    imps = imports_for(text)
    lines = ["// Code generated by bench/gen/gen_program.py (seed %d, file %d of %d). DO NOT EDIT."
             % (seed, idx, nfiles), "", "package main", ""]
    if len(imps) == 1:
        lines.append('import "%s"' % imps[0])
        lines.append("")
    elif imps:
        lines.append("import (")
        lines += ['\t"%s"' % p for p in imps]
        lines.append(")")
        lines.append("")
    return lines


def pad_block(n, seed, tag):
    """A const block of exactly n lines (n >= 3), or n blank-free var lines."""
    r = random.Random(seed * 7 + n)
    if n <= 0:
        return []
    if n < 3:
        return ["var pad%s_%d = %d" % (tag, i, r.randint(0, 999)) for i in range(n)]
    lines = ["const ("]
    for i in range(n - 2):
        lines.append("\tpad%s_%d = %d" % (tag, i, r.randint(0, 99999)))
    lines.append(")")
    return lines


def render(decls, seed, nfiles):
    files = [[] for _ in range(nfiles)]
    for i, d in enumerate(decls):
        files[i % nfiles].append(d)
    outs = []
    for k, fdecls in enumerate(files):
        body = []
        for d in fdecls:
            if body:
                body.append("")
            body += d
        outs.append(header("\n".join(body), 0, k + 1, nfiles) + body)
    return outs


def build(lines_target, seed, nfiles):
    g = Gen(seed)
    prelude = PRELUDE.split("\n")
    fixed = len(prelude) + 1 + 11 * nfiles
    while True:
        remaining = lines_target - (g.size() + g.main_estimate_fast() + fixed)
        if remaining < 45:      # the rest is padded exactly
            break
        g.generate_one(remaining)
    mains = [l for _, l in g.main_decls()]
    if os.environ.get("GEN_DEBUG"):
        sys.stderr.write("decls %d est-main %d main %d fixed %d\n" % (
            g.size(), g.main_estimate(), sum(len(l) + 1 for l in mains), fixed))
    decls = [prelude] + [l for _, l in g.decls] + mains
    outs = render(decls, seed, nfiles)
    count = sum(len(o) for o in outs)
    missing = lines_target - count
    if missing > 1:
        outs[-1] += [""] + pad_block(missing - 1, seed, "")
    texts = []
    for k, o in enumerate(outs):
        o[0] = o[0].replace("seed 0,", "seed %d," % seed)
        texts.append("\n".join(o) + "\n")
    return texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, required=True, help="target number of lines")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--files", type=int, default=1,
                    help="split into K files of one package (-o is then a directory)")
    ap.add_argument("-o", "--output", default="-", help="output file ('-' for stdout)")
    a = ap.parse_args()
    if a.files < 1:
        ap.error("--files must be >= 1")
    sys.setrecursionlimit(10000)
    outs = build(a.lines, a.seed, a.files)
    if a.files == 1:
        if a.output == "-":
            sys.stdout.write(outs[0])
        else:
            with open(a.output, "w") as f:
                f.write(outs[0])
        return
    if a.output == "-":
        ap.error("--files > 1 needs -o DIR")
    os.makedirs(a.output, exist_ok=True)
    width = max(2, len(str(a.files)))
    for i, text in enumerate(outs):
        with open(os.path.join(a.output, "prog_%0*d.go" % (width, i + 1)), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
