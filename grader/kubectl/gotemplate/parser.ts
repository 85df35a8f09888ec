// The parser of Go's text/template (text/template/parse/parse.go) for the
// language kubectl's -o go-template accepts: actions, pipelines, variables,
// if/else if/with/range/break/continue, define/template/block, parenthesized
// pipelines and the functions the printer registers.
import { lexTemplate, TemplateSyntaxError, type Token } from "./lexer";
import type { ArgNode, CommandNode, PipeNode, TreeNode } from "./nodes";
import { unquoteGoString } from "./unquote";

export interface ParsedTemplate {
  root: TreeNode[];
  /** Templates named by {{define}} or {{block}}. */
  defined: Map<string, TreeNode[]>;
  source: string;
}

class Parser {
  private i = 0;
  private vars: string[][] = [["$"]];
  private rangeDepth = 0;
  readonly defined = new Map<string, TreeNode[]>();

  constructor(
    private readonly tokens: Token[],
    private readonly functions: ReadonlySet<string>,
  ) {}

  private peek(): Token {
    return this.tokens[this.i];
  }
  private next(): Token {
    return this.tokens[this.i++];
  }
  private backup(): void {
    this.i--;
  }
  private nextNonSpace(): Token {
    let t = this.next();
    while (t.kind === "space") t = this.next();
    return t;
  }
  private peekNonSpace(): Token {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }
  fail(message: string, token: Token = this.tokens[Math.max(0, this.i - 1)]): never {
    throw new TemplateSyntaxError(message, token.line);
  }
  private unexpected(t: Token, context: string): never {
    const what = t.kind === "eof" ? "EOF" : t.kind === "rightDelim" ? '"}}"' : JSON.stringify(t.text);
    this.fail(`unexpected ${what} in ${context}`, t);
  }
  private expect(kind: Token["kind"], context: string): Token {
    const t = this.nextNonSpace();
    if (t.kind !== kind) this.unexpected(t, context);
    return t;
  }

  /** A list of nodes up to {{end}} or {{else}} (returned as the stop word), or EOF at the top. */
  itemList(top: boolean): { list: TreeNode[]; stop: "end" | "else" | "eof"; stopToken: Token } {
    const list: TreeNode[] = [];
    for (;;) {
      const t = this.next();
      if (t.kind === "eof") {
        if (!top) this.fail("unexpected EOF", t);
        return { list, stop: "eof", stopToken: t };
      }
      if (t.kind === "text") {
        list.push({ type: "text", pos: t.pos, text: t.text });
        continue;
      }
      // leftDelim
      const word = this.peekNonSpace();
      if (word.kind === "keyword" && (word.text === "end" || word.text === "else")) {
        this.nextNonSpace();
        if (!top) return { list, stop: word.text, stopToken: word };
        this.fail(`unexpected {{${word.text}}}`, word);
      }
      const node = this.action();
      if (node) list.push(node);
    }
  }

  private action(): TreeNode | undefined {
    const t = this.nextNonSpace();
    if (t.kind === "keyword") {
      switch (t.text) {
        case "if":
        case "with":
        case "range":
          return this.control(t.text, t);
        case "break":
        case "continue":
          if (this.rangeDepth === 0) this.fail(`{{${t.text}}} outside {{range}}`, t);
          this.expect("rightDelim", t.text);
          return { type: t.text, pos: t.pos };
        case "template":
          return this.templateControl(t);
        case "define":
          this.defineControl();
          return undefined;
        case "block": {
          const node = this.templateControl(t);
          const { list } = this.itemListToEnd(`block clause`);
          this.defined.set(node.name, list);
          return node;
        }
      }
    }
    this.backup();
    const pos = this.peekNonSpace().pos;
    return { type: "action", pos, pipe: this.pipeline("command", "rightDelim") };
  }

  private itemListToEnd(context: string): { list: TreeNode[] } {
    const r = this.itemList(false);
    if (r.stop !== "end") this.fail(`unexpected {{else}} in ${context}`, r.stopToken);
    this.expect("rightDelim", "end");
    return { list: r.list };
  }

  private control(kind: "if" | "with" | "range", t: Token): TreeNode {
    const mark = this.vars.length;
    this.vars.push([]);
    const pipe = this.pipeline(kind, "rightDelim");
    if (pipe.cmds.length === 0) this.fail(`missing value for ${kind}`, t);
    if (kind === "range") this.rangeDepth++;
    const r = this.itemList(false);
    if (kind === "range") this.rangeDepth--;
    let elseList: TreeNode[] | undefined;
    if (r.stop === "else") {
      const following = this.peekNonSpace();
      // {{else if ...}} / {{else with ...}}: a nested control ending at the same {{end}}.
      if ((kind === "if" && following.kind === "keyword" && following.text === "if") || (kind === "with" && following.kind === "keyword" && following.text === "with")) {
        const inner = this.nextNonSpace();
        elseList = [this.control(inner.text as "if" | "with", inner)];
        this.vars.length = mark;
        return { type: kind, pos: t.pos, pipe, list: r.list, elseList };
      }
      this.expect("rightDelim", "else");
      const e = this.itemList(false);
      if (e.stop !== "end") this.fail("expected end; found {{else}}", e.stopToken);
      this.expect("rightDelim", "end");
      elseList = e.list;
    } else this.expect("rightDelim", "end");
    this.vars.length = mark;
    return { type: kind, pos: t.pos, pipe, list: r.list, elseList };
  }

  private templateName(context: string): string {
    const t = this.nextNonSpace();
    if (t.kind !== "string" && t.kind !== "rawString") this.unexpected(t, context);
    return unquoteGoString(t.text);
  }

  private templateControl(t: Token): TreeNode & { type: "template" } {
    const context = `${t.text} clause`;
    const nameToken = this.peekNonSpace();
    const name = this.templateName(context);
    let pipe: PipeNode | undefined;
    if (this.peekNonSpace().kind !== "rightDelim") pipe = this.pipeline(context, "rightDelim");
    else this.nextNonSpace();
    return { type: "template", pos: nameToken.pos, name, pipe };
  }

  private defineControl(): void {
    const name = this.templateName("define clause");
    this.expect("rightDelim", "define clause");
    const saved = this.vars;
    this.vars = [["$"]];
    const { list } = this.itemListToEnd("define clause");
    this.vars = saved;
    this.defined.set(name, list);
  }

  private hasVariable(name: string): boolean {
    return this.vars.some((scope) => scope.includes(name));
  }

  pipeline(context: string, end: "rightDelim" | "rightParen"): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = { pos: start.pos, decl: [], isAssign: false, cmds: [] };
    // Declarations: `$x :=`, `$x =`, `$i, $e :=` (range only).
    if (start.kind === "variable") {
      const save = this.i;
      const v = this.nextNonSpace();
      const after = this.nextNonSpace();
      if (after.kind === "declare" || after.kind === "assign") {
        pipe.decl.push(v.text);
        pipe.isAssign = after.kind === "assign";
        if (after.kind === "declare") this.vars[this.vars.length - 1].push(v.text);
        else if (!this.hasVariable(v.text)) this.fail(`undefined variable "${v.text}"`, v);
      } else if (after.kind === "comma" && context === "range") {
        const v2 = this.expect("variable", "range");
        const op = this.nextNonSpace();
        if (op.kind !== "declare" && op.kind !== "assign") this.unexpected(op, "range");
        pipe.decl.push(v.text, v2.text);
        pipe.isAssign = op.kind === "assign";
        if (op.kind === "declare") this.vars[this.vars.length - 1].push(v.text, v2.text);
      } else this.i = save;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.kind === end) {
        this.checkPipeline(pipe, context, t);
        return pipe;
      }
      const startsOperand = ["bool", "char", "dot", "field", "identifier", "number", "nil", "rawString", "string", "variable", "leftParen"].includes(t.kind);
      if (!startsOperand) this.unexpected(t, context);
      this.backup();
      pipe.cmds.push(this.command(end));
    }
  }

  private checkPipeline(pipe: PipeNode, context: string, t: Token): void {
    if (pipe.cmds.length === 0) {
      if (pipe.decl.length > 0 || context === "command" || context === "parenthesized pipeline") this.fail(`missing value for ${context}`, t);
      return;
    }
    for (const c of pipe.cmds.slice(1)) {
      const first = c.args[0];
      if (["bool", "dot", "nil", "number", "string"].includes(first.type)) this.fail(`non executable command in pipeline stage ${pipe.cmds.indexOf(c) + 1}`, t);
    }
  }

  private command(end: "rightDelim" | "rightParen"): CommandNode {
    const cmd: CommandNode = { pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.kind === "space") {
        const n = this.peek();
        if (n.kind === end || n.kind === "pipe" || n.kind === "rightDelim" || n.kind === "rightParen") {
          if (n.kind === "pipe") this.next();
          break;
        }
        continue;
      }
      if (t.kind === end || t.kind === "rightDelim" || t.kind === "rightParen") {
        this.backup();
        break;
      }
      if (t.kind === "pipe") break;
      this.unexpected(t, "operand");
    }
    if (cmd.args.length === 0) this.fail("empty command");
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().kind !== "field") return node;
    const fields: string[] = [];
    // The node takes the position of the chain: its first field after the term (parse.go operand).
    const pos = this.peek().pos;
    while (this.peek().kind === "field") fields.push(this.next().text.slice(1));
    switch (node.type) {
      case "field":
        return { ...node, pos, idents: [...node.idents, ...fields] };
      case "variable":
        return { ...node, pos, idents: [...node.idents, ...fields] };
      case "bool":
      case "string":
      case "number":
      case "nil":
      case "dot":
        this.fail(`unexpected . after term ${JSON.stringify(node.type === "dot" ? "." : node.type === "nil" ? "nil" : node.type === "bool" ? String(node.value) : node.type === "string" ? node.quoted : node.text)}`);
      // falls through (fail throws)
      default:
        return { type: "chain", pos, node, fields };
    }
  }

  private term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.kind) {
      case "identifier":
        if (!this.functions.has(t.text)) this.fail(`function "${t.text}" not defined`, t);
        return { type: "identifier", pos: t.pos, name: t.text };
      case "dot":
        return { type: "dot", pos: t.pos };
      case "nil":
        return { type: "nil", pos: t.pos };
      case "variable":
        if (!this.hasVariable(t.text)) this.fail(`undefined variable "${t.text}"`, t);
        return { type: "variable", pos: t.pos, idents: [t.text] };
      case "field":
        return { type: "field", pos: t.pos, idents: [t.text.slice(1)] };
      case "bool":
        return { type: "bool", pos: t.pos, value: t.text === "true" };
      case "char":
      case "number":
        return this.number(t);
      case "leftParen": {
        const pipe = this.pipeline("parenthesized pipeline", "rightParen");
        return { type: "pipe", pos: t.pos, pipe };
      }
      case "string":
      case "rawString":
        return { type: "string", pos: t.pos, quoted: t.text, value: unquoteGoString(t.text) };
    }
    this.backup();
    return undefined;
  }

  private number(t: Token): ArgNode {
    if (t.kind === "char") {
      const ch = unquoteGoString(`"${t.text.slice(1, -1).replace(/"/g, '\\"')}"`);
      if ([...ch].length !== 1) this.fail(`malformed character constant: ${t.text}`, t);
      return { type: "number", pos: t.pos, text: t.text, value: ch.codePointAt(0) ?? 0, isFloat: false };
    }
    const clean = t.text.replace(/_/g, "");
    const isFloat = !/^[+-]?0[xX]/.test(clean) && /[.eEpP]/.test(clean);
    const value = isFloat ? Number(clean) : parseGoInt(clean);
    if (Number.isNaN(value)) this.fail(`illegal number syntax: ${JSON.stringify(t.text)}`, t);
    return { type: "number", pos: t.pos, text: t.text, value, isFloat };
  }
}

function parseGoInt(text: string): number {
  const negative = text.startsWith("-");
  const body = text.replace(/^[+-]/, "");
  let value: number;
  if (/^0[xX]/.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) value = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) value = parseInt(body.slice(2), 8);
  else if (/^0[0-7]+$/.test(body)) value = parseInt(body.slice(1), 8);
  else if (/^[0-9]+$/.test(body)) value = parseInt(body, 10);
  else value = NaN;
  return negative ? -value : value;
}

/** Parses `source` with `functions` defined; throws TemplateSyntaxError. */
export function parseTemplate(source: string, functions: ReadonlySet<string>): ParsedTemplate {
  const parser = new Parser(lexTemplate(source), functions);
  const { list } = parser.itemList(true);
  return { root: list, defined: parser.defined, source };
}
