// The parse tree of a Go text/template (text/template/parse/node.go), with each
// node's String() as Go prints it in an execution error's "at <...>".
export type ArgNode =
  | { type: "field"; pos: number; idents: string[] }
  | { type: "variable"; pos: number; idents: string[] }
  | { type: "chain"; pos: number; node: ArgNode; fields: string[] }
  | { type: "identifier"; pos: number; name: string }
  | { type: "dot"; pos: number }
  | { type: "nil"; pos: number }
  | { type: "bool"; pos: number; value: boolean }
  | { type: "number"; pos: number; text: string; value: number; isFloat: boolean }
  | { type: "string"; pos: number; quoted: string; value: string }
  | { type: "pipe"; pos: number; pipe: PipeNode };

export interface CommandNode {
  pos: number;
  args: ArgNode[];
}

export interface PipeNode {
  pos: number;
  decl: string[];
  isAssign: boolean;
  cmds: CommandNode[];
}

export type TreeNode =
  | { type: "text"; pos: number; text: string }
  | { type: "action"; pos: number; pipe: PipeNode }
  | { type: "if" | "with" | "range"; pos: number; pipe: PipeNode; list: TreeNode[]; elseList?: TreeNode[] }
  | { type: "template"; pos: number; name: string; pipe?: PipeNode }
  | { type: "break" | "continue"; pos: number };

export function argString(n: ArgNode): string {
  switch (n.type) {
    case "field":
      return n.idents.map((i) => `.${i}`).join("");
    case "variable":
      return n.idents.join(".");
    case "chain":
      return `${n.node.type === "pipe" ? `(${pipeString(n.node.pipe)})` : argString(n.node)}${n.fields.map((f) => `.${f}`).join("")}`;
    case "identifier":
      return n.name;
    case "dot":
      return ".";
    case "nil":
      return "nil";
    case "bool":
      return String(n.value);
    case "number":
      return n.text;
    case "string":
      return n.quoted;
    case "pipe":
      return `(${pipeString(n.pipe)})`;
  }
}

export function commandString(c: CommandNode): string {
  return c.args.map((a) => (a.type === "pipe" ? `(${pipeString(a.pipe)})` : argString(a))).join(" ");
}

export function pipeString(p: PipeNode): string {
  const decl = p.decl.length > 0 ? `${p.decl.join(", ")} ${p.isAssign ? "=" : ":="} ` : "";
  return decl + p.cmds.map(commandString).join(" | ");
}
