// Where a container's main shell writes: its fd 1 and fd 2 are the container
// log. just-bash 3.4.2 collects a script's output and returns it at the end,
// and a persistent `exec >>FILE` would also swallow what `$(...)` and pipes
// must capture (its substitutions and pipelines do not reset fd 1). So the
// script is rewritten: every command whose output would reach the shell's own
// fd 1/2 gets `>>/proc/1/fd/1 2>>/proc/1/fd/2` in front of its own
// redirections (which still win, as in a real shell), and its output reaches
// the log when it finishes. Words ($(...) bodies) and function bodies are left
// alone: their output is captured, or reaches the log at the call.
import { parse, serialize, type ScriptNode, type StatementNode } from "just-bash";

type Node = { type: string; [key: string]: unknown };

export const mainStdoutPath = "/proc/1/fd/1";
export const mainStderrPath = "/proc/1/fd/2";

function appendTo(fd: 1 | 2, path: string): Node {
  return { type: "Redirection", fd, operator: ">>", target: { type: "Word", parts: [{ type: "Literal", value: path }] } };
}

function literalName(cmd: Node): string | undefined {
  const parts = (cmd.name as Node | null)?.parts as Node[] | undefined;
  return parts?.length === 1 && parts[0].type === "Literal" ? (parts[0].value as string) : undefined;
}

/** A bare `exec` with redirections changes the shell's own fds for the rest of the script. */
function isPersistentRedirect(cmd: Node): boolean {
  return cmd.type === "SimpleCommand" && literalName(cmd) === "exec" && (cmd.args as unknown[]).length === 0 && (cmd.redirections as unknown[]).length > 0;
}

class ShellOutputRouter {
  /** Set when the script redirects the shell itself (`exec >FILE`): then it is not rewritten. */
  persistentRedirect = false;

  statements(list: readonly StatementNode[] | null | undefined): void {
    for (const s of list ?? []) for (const p of (s as unknown as Node).pipelines as Node[]) this.pipeline(p);
  }

  private pipeline(p: Node): void {
    const commands = p.commands as Node[];
    const pipeStderr = (p.pipeStderr as boolean[] | undefined) ?? [];
    commands.forEach((cmd, i) => {
      const last = i === commands.length - 1;
      // Before the last `|`, stdout goes down the pipe; `|&` sends stderr there too.
      if (last) this.command(cmd);
      else if (!pipeStderr[i]) this.prepend(cmd, [appendTo(2, mainStderrPath)]);
    });
  }

  private command(cmd: Node): void {
    if (isPersistentRedirect(cmd)) this.persistentRedirect = true;
    if (cmd.type === "FunctionDef") return;
    const own = (cmd.redirections as unknown[] | undefined) ?? [];
    if (cmd.type === "SimpleCommand" || own.length > 0 || !this.recurse(cmd)) {
      this.prepend(cmd, [appendTo(1, mainStdoutPath), appendTo(2, mainStderrPath)]);
    }
  }

  /** Routes the statements inside a compound command without redirections of its own; false for one it does not enter. */
  private recurse(cmd: Node): boolean {
    switch (cmd.type) {
      case "If":
        for (const c of cmd.clauses as { condition: StatementNode[]; body: StatementNode[] }[]) {
          this.statements(c.condition);
          this.statements(c.body);
        }
        this.statements(cmd.elseBody as StatementNode[] | null);
        return true;
      case "While":
      case "Until":
        this.statements(cmd.condition as StatementNode[]);
        this.statements(cmd.body as StatementNode[]);
        return true;
      case "For":
      case "CStyleFor":
      case "Subshell":
      case "Group":
        this.statements(cmd.body as StatementNode[]);
        return true;
      case "Case":
        for (const item of cmd.items as { body: StatementNode[] }[]) this.statements(item.body);
        return true;
      default:
        return false;
    }
  }

  private prepend(cmd: Node, redirections: Node[]): void {
    if (cmd.type === "FunctionDef") return;
    cmd.redirections = [...redirections, ...((cmd.redirections as Node[] | undefined) ?? [])];
  }
}

/**
 * The script rewritten so that what the main shell writes reaches the log as
 * each command finishes; undefined when it cannot be rewritten (it does not
 * parse, or redirects the shell itself with a bare `exec`).
 */
export function routeMainShellOutput(script: string): string | undefined {
  let ast: ScriptNode;
  try {
    ast = parse(script);
  } catch {
    return undefined;
  }
  const router = new ShellOutputRouter();
  router.statements(ast.statements);
  return router.persistentRedirect ? undefined : serialize(ast);
}
