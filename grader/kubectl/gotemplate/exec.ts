// Executing a parsed Go text/template (text/template/exec.go) over decoded JSON,
// with missingkey=default (allowed missing keys) or missingkey=error. Output
// written before an error is kept: kubectl prints it.
import { GoNumber } from "../jsonpath/go-values";
import { argString, commandString, type ArgNode, type CommandNode, type PipeNode, type TreeNode } from "./nodes";
import type { ParsedTemplate } from "./parser";
import { FunctionError, functionArity, isTrue, kindOf, templateFunctions, typeName } from "./functions";
import { goPrintValue } from "./go-fmt";

/** An execution error; `output` is what the template wrote before it. */
export class TemplateExecError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
  }
}

class Abort extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}
class LoopControl {
  constructor(readonly kind: "break" | "continue") {}
}

const maxDepth = 100_000;

class State {
  out = "";
  private vars: { name: string; value: unknown }[] = [];
  private node: { pos: number; text: string } | undefined;
  private depth = 0;

  constructor(
    private readonly tmpl: ParsedTemplate,
    private readonly name: string,
    private readonly missingKeyError: boolean,
  ) {}

  at(pos: number, text: string): void {
    this.node = { pos, text };
  }

  fail(message: string): never {
    if (!this.node) throw new Abort(`template: ${this.name}: ${message}`);
    const before = this.tmpl.source.slice(0, this.node.pos);
    const lastNewline = before.lastIndexOf("\n");
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = lastNewline < 0 ? this.node.pos : this.node.pos - lastNewline - 1;
    throw new Abort(`template: ${this.name}:${line}:${col}: executing "${this.name}" at <${this.node.text}>: ${message}`);
  }

  run(root: unknown): void {
    this.vars = [{ name: "$", value: root }];
    this.walkList(root, this.tmpl.root);
  }

  private walkList(dot: unknown, list: TreeNode[]): void {
    for (const node of list) this.walk(dot, node);
  }

  private walk(dot: unknown, node: TreeNode): void {
    switch (node.type) {
      case "text":
        this.out += node.text;
        return;
      case "action": {
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node.pipe, value);
        return;
      }
      case "if":
      case "with": {
        const mark = this.vars.length;
        const value = this.evalPipeline(dot, node.pipe);
        if (isTrue(value)) this.walkList(node.type === "with" ? value : dot, node.list);
        else if (node.elseList) this.walkList(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case "range":
        return this.walkRange(dot, node);
      case "break":
      case "continue":
        throw new LoopControl(node.type);
      case "template": {
        this.at(node.pos, `{{template ${JSON.stringify(node.name)}${node.pipe ? ` ${argString({ type: "pipe", pos: 0, pipe: node.pipe }).slice(1, -1)}` : ""}}}`);
        const list = this.tmpl.defined.get(node.name);
        if (!list) this.fail(`template "${node.name}" not defined`);
        const newDot = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
        if (++this.depth > maxDepth) this.fail("exceeded maximum template depth (100000)");
        const saved = this.vars;
        this.vars = [{ name: "$", value: newDot }];
        this.walkList(newDot, list);
        this.vars = saved;
        this.depth--;
        return;
      }
    }
  }

  private walkRange(dot: unknown, node: Extract<TreeNode, { list: TreeNode[] }>): void {
    const mark = this.vars.length;
    const value = this.evalPipeline(dot, node.pipe);
    const decl = node.pipe.decl;
    // The pipeline's own declaration was set to the whole value: the loop re-sets it per element.
    const entries: [unknown, unknown][] = [];
    const kind = kindOf(value);
    if (kind === "slice") (value as unknown[]).forEach((v, i) => entries.push([i, v]));
    else if (kind === "map") {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) entries.push([k, record[k]]);
    } else if (kind === "int" || kind === "uint") {
      const n = value instanceof GoNumber ? value.value : (value as number);
      for (let i = 0; i < n; i++) entries.push([i, i]);
      if (decl.length > 1) this.fail("can't use " + goPrintValue(value) + " to iterate over more than one variable");
    } else if (kind !== "invalid") this.fail(`range can't iterate over ${goPrintValue(value)}`);
    for (const [k, v] of entries) {
      const iterationMark = this.vars.length;
      if (decl.length === 1) this.setVar(decl[0], node.pipe.isAssign, kind === "int" || kind === "uint" ? v : v);
      else if (decl.length === 2) {
        this.setVar(decl[0], node.pipe.isAssign, k);
        this.setVar(decl[1], node.pipe.isAssign, v);
      }
      try {
        this.walkList(v, node.list);
      } catch (e) {
        if (!(e instanceof LoopControl)) throw e;
        if (e.kind === "break") {
          this.vars.length = iterationMark;
          break;
        }
      }
      this.vars.length = iterationMark;
    }
    if (entries.length === 0 && node.elseList) this.walkList(dot, node.elseList);
    this.vars.length = mark;
  }

  private setVar(name: string, assign: boolean, value: unknown): void {
    if (assign) {
      for (let i = this.vars.length - 1; i >= 0; i--) {
        if (this.vars[i].name === name) {
          this.vars[i].value = value;
          return;
        }
      }
      this.fail(`undefined variable: ${name}`);
    }
    this.vars.push({ name, value });
  }

  private variable(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.fail(`undefined variable: ${name}`);
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    let value: unknown = undefined;
    let final: { value: unknown } | undefined;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, final);
      // An interface{} holding nil is no value at all.
      if (value === null) value = undefined;
      final = { value };
    }
    for (const name of pipe.decl.slice(0, pipe.decl.length === 2 ? 0 : 1)) this.setVar(name, pipe.isAssign, value);
    return value;
  }

  private notAFunction(args: ArgNode[], final: { value: unknown } | undefined): void {
    if (args.length > 1 || final) this.fail(`can't give argument to non-function ${argString(args[0])}`);
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: { value: unknown } | undefined): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case "field":
        this.at(first.pos, argString(first));
        this.fieldArgs(cmd.args, final, first.idents[first.idents.length - 1]);
        return this.fieldChain(dot, first.idents, first.pos, argString(first));
      case "chain": {
        this.fieldArgs(cmd.args, final, first.fields[first.fields.length - 1]);
        const base = first.node.type === "pipe" ? this.evalPipeline(dot, first.node.pipe) : this.evalArg(dot, first.node);
        this.at(first.pos, argString(first));
        return this.fieldChain(base, first.fields, first.pos, argString(first));
      }
      case "variable": {
        this.at(first.pos, argString(first));
        const value = this.variable(first.idents[0]);
        if (first.idents.length === 1) {
          this.notAFunction(cmd.args, final);
          return value;
        }
        this.fieldArgs(cmd.args, final, first.idents[first.idents.length - 1]);
        return this.fieldChain(value, first.idents.slice(1), first.pos, argString(first));
      }
      case "identifier":
        return this.evalFunction(dot, first.name, cmd, final);
      case "pipe":
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first.pipe);
      default:
        this.at(first.pos, argString(first));
        this.notAFunction(cmd.args, final);
        if (first.type === "nil") this.fail("nil is not a command");
        return this.evalArg(dot, first);
    }
  }

  /** A field of a map given arguments is "not a method but has arguments". */
  private fieldArgs(args: ArgNode[], final: { value: unknown } | undefined, name: string | undefined): void {
    if (args.length > 1 || final) this.fail(`${name} is not a method but has arguments`);
  }

  private fieldChain(receiver: unknown, idents: string[], pos: number, text: string): unknown {
    this.at(pos, text);
    let value = receiver;
    let typeOf = kindOf(receiver) === "map" && receiver !== undefined ? "map[string]interface {}" : "interface {}";
    for (const name of idents) {
      if (value === undefined) {
        if (this.missingKeyError) this.fail(`nil data; no entry for key "${name}"`);
        return undefined;
      }
      if (value === null) this.fail(`nil pointer evaluating ${typeOf}.${name}`);
      if (kindOf(value) !== "map") this.fail(`can't evaluate field ${name} in type ${typeOf}`);
      const record = value as Record<string, unknown>;
      if (Object.prototype.hasOwnProperty.call(record, name)) value = record[name];
      else {
        if (this.missingKeyError) this.fail(`map has no entry for key "${name}"`);
        value = undefined;
      }
      typeOf = "interface {}";
    }
    return value;
  }

  private evalFunction(dot: unknown, name: string, cmd: CommandNode, final: { value: unknown } | undefined): unknown {
    this.at(cmd.args[0].pos, name);
    const argNodes = cmd.args.slice(1);
    const count = argNodes.length + (final ? 1 : 0);
    const [fixed, variadic] = functionArity[name] ?? [0, true];
    if (variadic ? count < fixed : count !== fixed) {
      this.fail(`wrong number of args for ${name}: want ${variadic ? "at least " : ""}${fixed} got ${count}`);
    }
    this.at(cmd.pos, commandString(cmd));
    if (name === "and" || name === "or") {
      let value: unknown;
      const values = argNodes.map((n) => () => this.evalArg(dot, n));
      if (final) values.push(() => final.value);
      for (const next of values) {
        value = next();
        if (name === "and" ? !isTrue(value) : isTrue(value)) return value;
      }
      return value;
    }
    if (name === "call") {
      const target = argNodes[0] ? this.evalArg(dot, argNodes[0]) : final?.value;
      this.at(cmd.pos, commandString(cmd));
      if (target === undefined || target === null) this.fail("error calling call: call of nil");
      this.fail(`error calling call: non-function ${argNodes[0] ? argString(argNodes[0]) : "<nil>"} of type ${typeName(target)}`);
    }
    const args = argNodes.map((n) => this.evalArg(dot, n));
    if (final) args.push(final.value);
    if (name === "base64decode" && (args[0] === undefined || args[0] === null)) this.fail("invalid value; expected string");
    if (name === "base64decode" && typeof args[0] !== "string") this.fail(`wrong type for value; expected string; got ${typeName(args[0])}`);
    if (name === "printf" && typeof args[0] !== "string") this.fail(args[0] === undefined || args[0] === null ? "invalid value; expected string" : `wrong type for value; expected string; got ${typeName(args[0])}`);
    const fn = templateFunctions.get(name);
    if (!fn) this.fail(`"${name}" is not a defined function`);
    try {
      return fn(args);
    } catch (e) {
      if (!(e instanceof FunctionError)) throw e;
      this.at(cmd.pos, commandString(cmd));
      this.fail(`error calling ${name}: ${e.message}`);
    }
  }

  private evalArg(dot: unknown, n: ArgNode): unknown {
    this.at(n.pos, argString(n));
    switch (n.type) {
      case "dot":
        return dot;
      case "nil":
        return null;
      case "bool":
        return n.value;
      case "string":
        return n.value;
      case "number":
        return new GoNumber(n.isFloat ? "float64" : "int", n.value);
      case "field":
        return this.fieldChain(dot, n.idents, n.pos, argString(n));
      case "variable": {
        const value = this.variable(n.idents[0]);
        return n.idents.length === 1 ? value : this.fieldChain(value, n.idents.slice(1), n.pos, argString(n));
      }
      case "chain": {
        const base = n.node.type === "pipe" ? this.evalPipeline(dot, n.node.pipe) : this.evalArg(dot, n.node);
        return this.fieldChain(base, n.fields, n.pos, argString(n));
      }
      case "pipe":
        return this.evalPipeline(dot, n.pipe);
      case "identifier":
        return this.evalFunction(dot, n.name, { pos: n.pos, args: [n] }, undefined);
    }
  }

  private printValue(pipe: PipeNode, value: unknown): void {
    this.out += value === undefined ? "<no value>" : goPrintValue(value);
    void pipe;
  }
}

/** Runs the template named `name` over `data`; throws TemplateExecError with the output so far. */
export function executeTemplate(tmpl: ParsedTemplate, name: string, data: unknown, opts: { missingKeyError: boolean }): string {
  const state = new State(tmpl, name, opts.missingKeyError);
  try {
    state.run(data);
  } catch (e) {
    if (e instanceof Abort) throw new TemplateExecError(e.text, state.out);
    if (e instanceof LoopControl) return state.out;
    throw e;
  }
  return state.out;
}
