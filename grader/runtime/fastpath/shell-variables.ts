// Shell variables on the fast path: `i=0`, `i=$((i+1))`, `msg=done` and their
// `$i` / `"$((i*2))"` expansions. Only forms that cannot fail are admitted, so
// the fast path never has to reproduce an error: arithmetic is + - * on
// integers, unary -/+ and parentheses, over variables the script itself only
// ever sets to integers; the names are lowercase (no IFS, PATH, RANDOM…) and
// absent from the container's environment (no exported-variable semantics).
type Node = { type: string; [key: string]: unknown };

const variableName = /^[a-z_][a-z0-9_]*$/;
const integerText = /^(0|-?[1-9][0-9]*)$/;

function isArithSupported(e: Node): boolean {
  switch (e.type) {
    case "ArithNumber":
      return Number.isSafeInteger(e.value);
    case "ArithVariable":
      return variableName.test(e.name as string);
    case "ArithGroup":
    case "ArithNested":
      return isArithSupported(e.expression as Node);
    case "ArithUnary":
      return e.prefix === true && (e.operator === "-" || e.operator === "+") && isArithSupported(e.operand as Node);
    case "ArithBinary":
      return (e.operator === "+" || e.operator === "-" || e.operator === "*") && isArithSupported(e.left as Node) && isArithSupported(e.right as Node);
    default:
      return false;
  }
}

/** `$((EXPR))` the fast path evaluates. */
export function isArithmeticExpansionSupported(part: Node): boolean {
  return isArithSupported((part.expression as Node).expression as Node);
}

/** Evaluates a supported `$((EXPR))` as just-bash does (JavaScript numbers); unset variables are 0. */
export function evaluateArithmetic(part: Node, lookup: (name: string) => string | undefined): string {
  const evaluate = (e: Node): number => {
    switch (e.type) {
      case "ArithNumber":
        return e.value as number;
      case "ArithVariable": {
        const value = lookup(e.name as string);
        return value ? Number.parseInt(value, 10) : 0;
      }
      case "ArithGroup":
      case "ArithNested":
        return evaluate(e.expression as Node);
      case "ArithUnary":
        return e.operator === "-" ? -evaluate(e.operand as Node) : evaluate(e.operand as Node);
      default: {
        const left = evaluate(e.left as Node);
        const right = evaluate(e.right as Node);
        return e.operator === "+" ? left + right : e.operator === "-" ? left - right : left * right;
      }
    }
  };
  return String(evaluate((part.expression as Node).expression as Node));
}

/** Every node of the tree (AST objects and arrays), for script-wide facts. */
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n);
  else if (node && typeof node === "object") {
    if (typeof (node as Node).type === "string") yield node as Node;
    for (const value of Object.values(node)) if (value && typeof value === "object") yield* walk(value);
  }
}

/** A value an integer variable may be given: an integer literal or one `$((...))`. */
function isIntegerValue(value: Node | null): boolean {
  const parts = (value?.parts as Node[] | undefined) ?? [];
  return parts.length === 1 && ((parts[0].type === "Literal" && integerText.test(parts[0].value as string)) || parts[0].type === "ArithmeticExpansion");
}

/**
 * The script's variables are ones the fast path can keep: assigned names are
 * lowercase and not in the environment, and every variable read by
 * arithmetic is only ever assigned integers (so it never evaluates text).
 */
export function areShellVariablesSupported(script: unknown, env: Readonly<Record<string, string>>): boolean {
  const assigned = new Map<string, boolean>(); // name → only integers so far
  const arithmetic = new Set<string>();
  for (const node of walk(script)) {
    if (node.type === "Assignment") {
      const name = node.name as string;
      if (!variableName.test(name) || Object.hasOwn(env, name)) return false;
      assigned.set(name, (assigned.get(name) ?? true) && isIntegerValue(node.value as Node | null));
    } else if (node.type === "ArithVariable") arithmetic.add(node.name as string);
  }
  for (const name of arithmetic) if (Object.hasOwn(env, name) || assigned.get(name) === false) return false;
  return true;
}
