// Label selectors as k8s.io/apimachinery/pkg/labels/selector.go parses and
// matches them: `app=web,tier!=db,env in (a,b),!canary,replicas>2`. Parse
// errors carry upstream's exact text; the API server returns them as a
// BadRequest.
import { goQuote } from "../errors";
import { isQualifiedName, isValidLabelValue } from "./label-syntax";

export type LabelOperator = "in" | "notin" | "=" | "==" | "!=" | "gt" | "lt" | "exists" | "!";

export interface LabelRequirement {
  key: string;
  operator: LabelOperator;
  values: string[]; // sorted, unique (sets.String.List())
}

/** A parsed selector: all requirements must match. An empty list matches everything. */
export interface LabelSelector {
  requirements: LabelRequirement[];
  /** labels.Nothing(): a nil metav1.LabelSelector matches no object. */
  matchesNothing?: boolean;
}

export class LabelSelectorParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LabelSelectorParseError";
  }
}

const binaryOperators = ["in", "notin", "=", "==", "!=", "gt", "lt"];

// ---------------------------------------------------------------------------
// Lexer

const enum Tok {
  Error,
  End,
  ClosedPar,
  Comma,
  DoesNotExist,
  DoubleEquals,
  Equals,
  GreaterThan,
  Identifier,
  In,
  LessThan,
  NotEquals,
  NotIn,
  OpenPar,
}

const literalTokens: Record<string, Tok> = {
  ")": Tok.ClosedPar,
  ",": Tok.Comma,
  "!": Tok.DoesNotExist,
  "==": Tok.DoubleEquals,
  "=": Tok.Equals,
  ">": Tok.GreaterThan,
  in: Tok.In,
  "<": Tok.LessThan,
  "!=": Tok.NotEquals,
  notin: Tok.NotIn,
  "(": Tok.OpenPar,
};

const isWhitespace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";
const isSpecial = (c: string) => "=!(),><".includes(c);

function lex(s: string): [Tok, string][] {
  const items: [Tok, string][] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos])) pos++;
    if (pos >= s.length) {
      items.push([Tok.End, ""]);
      return items;
    }
    if (isSpecial(s[pos])) {
      let buffer = "";
      let last: [Tok, string] | undefined;
      while (pos < s.length && isSpecial(s[pos])) {
        const next = buffer + s[pos];
        const tok = literalTokens[next];
        if (tok !== undefined) {
          last = [tok, next];
          buffer = next;
          pos++;
        } else if (last) {
          break;
        } else {
          buffer = next;
          pos++;
        }
      }
      items.push(last ?? [Tok.Error, `error expected: keyword found '${buffer}'`]);
      continue;
    }
    let id = "";
    while (pos < s.length && !isSpecial(s[pos]) && !isWhitespace(s[pos])) id += s[pos++];
    items.push([literalTokens[id] ?? Tok.Identifier, id]);
  }
}

// ---------------------------------------------------------------------------
// Requirement validation (labels.NewRequirement), with field paths printed as upstream

function goStringSlice(values: string[]): string {
  return `[]string{${values.map(goQuote).join(", ")}}`;
}

function keyError(path: string, key: string): string | undefined {
  const errs = isQualifiedName(key);
  return errs.length ? `${path}: Invalid value: ${goQuote(key)}: ${errs.join("; ")}` : undefined;
}

/** labels.NewRequirement: the aggregated error text, or undefined when valid. */
export function requirementError(key: string, operator: LabelOperator, values: string[]): string | undefined {
  const errs: string[] = [];
  const k = keyError("key", key);
  if (k) errs.push(k);
  switch (operator) {
    case "in":
    case "notin":
      if (values.length === 0) errs.push(`values: Invalid value: ${goStringSlice(values)}: for 'in', 'notin' operators, values set can't be empty`);
      break;
    case "=":
    case "==":
    case "!=":
      if (values.length !== 1) errs.push(`values: Invalid value: ${goStringSlice(values)}: exact-match compatibility requires one single value`);
      break;
    case "exists":
    case "!":
      if (values.length !== 0) errs.push(`values: Invalid value: ${goStringSlice(values)}: values set must be empty for exists and does not exist`);
      break;
    case "gt":
    case "lt":
      if (values.length !== 1) errs.push(`values: Invalid value: ${goStringSlice(values)}: for 'Gt', 'Lt' operators, exactly one value is required`);
      values.forEach((v, i) => {
        if (!/^[+-]?\d+$/.test(v)) errs.push(`values[${i}]: Invalid value: ${goQuote(v)}: for 'Gt', 'Lt' operators, the value must be an integer`);
      });
      break;
  }
  values.forEach((v, i) => {
    const ve = isValidLabelValue(v);
    if (ve.length) errs.push(`values[${i}][${key}]: Invalid value: ${goQuote(v)}: ${ve.join("; ")}`);
  });
  const unique = [...new Set(errs)];
  if (unique.length === 0) return undefined;
  return unique.length === 1 ? unique[0] : `[${unique.join(", ")}]`;
}

// ---------------------------------------------------------------------------
// Parser (labels.Parse)

class Parser {
  private position = 0;
  constructor(private readonly items: [Tok, string][]) {}

  private lookahead(values: boolean): [Tok, string] {
    const [tok, lit] = this.items[this.position];
    return [values && (tok === Tok.In || tok === Tok.NotIn) ? Tok.Identifier : tok, lit];
  }

  private consume(values: boolean): [Tok, string] {
    const r = this.lookahead(values);
    this.position++;
    return r;
  }

  parse(): LabelRequirement[] {
    const reqs: LabelRequirement[] = [];
    for (;;) {
      const [tok, lit] = this.lookahead(true);
      switch (tok) {
        case Tok.Identifier:
        case Tok.DoesNotExist: {
          let r: LabelRequirement;
          try {
            r = this.parseRequirement();
          } catch (e) {
            throw new LabelSelectorParseError(`unable to parse requirement: ${(e as Error).message}`);
          }
          reqs.push(r);
          const [t, l] = this.consume(true);
          if (t === Tok.End) return reqs;
          if (t === Tok.Comma) {
            const [t2, l2] = this.lookahead(true);
            if (t2 !== Tok.Identifier && t2 !== Tok.DoesNotExist) throw new LabelSelectorParseError(`found '${l2}', expected: identifier after ','`);
            break;
          }
          throw new LabelSelectorParseError(`found '${l}', expected: ',' or 'end of string'`);
        }
        case Tok.End:
          return reqs;
        default:
          throw new LabelSelectorParseError(`found '${lit}', expected: !, identifier, or 'end of string'`);
      }
    }
  }

  private parseRequirement(): LabelRequirement {
    let operator: LabelOperator | undefined;
    let [tok, key] = this.consume(true);
    if (tok === Tok.DoesNotExist) {
      operator = "!";
      [tok, key] = this.consume(true);
    }
    if (tok !== Tok.Identifier) throw new Error(`found '${key}', expected: identifier`);
    const ke = keyError("<nil>", key);
    if (ke) throw new Error(ke);
    const [next] = this.lookahead(true);
    if (next === Tok.End || next === Tok.Comma) {
      if (operator !== "!") operator = "exists";
    }
    if (operator === "exists" || operator === "!") return this.newRequirement(key, operator, []);
    const op = this.parseOperator();
    const values = op === "in" || op === "notin" ? this.parseValues() : this.parseExactValue();
    return this.newRequirement(key, op, [...values].sort());
  }

  private newRequirement(key: string, operator: LabelOperator, values: string[]): LabelRequirement {
    const err = requirementError(key, operator, values);
    if (err) throw new Error(err);
    return { key, operator, values };
  }

  private parseOperator(): LabelOperator {
    const [tok, lit] = this.consume(false);
    switch (tok) {
      case Tok.In:
        return "in";
      case Tok.Equals:
        return "=";
      case Tok.DoubleEquals:
        return "==";
      case Tok.GreaterThan:
        return "gt";
      case Tok.LessThan:
        return "lt";
      case Tok.NotIn:
        return "notin";
      case Tok.NotEquals:
        return "!=";
      default:
        throw new Error(`found '${lit}', expected: ${binaryOperators.join(", ")}`);
    }
  }

  private parseValues(): Set<string> {
    const [tok, lit] = this.consume(true);
    if (tok !== Tok.OpenPar) throw new Error(`found '${lit}' expected: '('`);
    const [t2, l2] = this.lookahead(true);
    switch (t2) {
      case Tok.Identifier:
      case Tok.Comma: {
        const s = this.parseIdentifiersList();
        const [t3] = this.consume(true);
        if (t3 !== Tok.ClosedPar) throw new Error(`found '${l2}', expected: ')'`);
        return s;
      }
      case Tok.ClosedPar:
        this.consume(true);
        return new Set([""]);
      default:
        throw new Error(`found '${l2}', expected: ',', ')' or identifier`);
    }
  }

  private parseIdentifiersList(): Set<string> {
    const s = new Set<string>();
    for (;;) {
      const [tok, lit] = this.consume(true);
      if (tok === Tok.Identifier) {
        s.add(lit);
        const [t2, l2] = this.lookahead(true);
        if (t2 === Tok.Comma) continue;
        if (t2 === Tok.ClosedPar) return s;
        throw new Error(`found '${l2}', expected: ',' or ')'`);
      } else if (tok === Tok.Comma) {
        if (s.size === 0) s.add("");
        const [t2] = this.lookahead(true);
        if (t2 === Tok.ClosedPar) {
          s.add("");
          return s;
        }
        if (t2 === Tok.Comma) s.add("");
      } else {
        throw new Error(`found '${lit}', expected: ',', or identifier`);
      }
    }
  }

  private parseExactValue(): Set<string> {
    const [t] = this.lookahead(true);
    if (t === Tok.End || t === Tok.Comma) return new Set([""]);
    const [tok, lit] = this.consume(true);
    if (tok === Tok.Identifier) return new Set([lit]);
    throw new Error(`found '${lit}', expected: identifier`);
  }
}

/** labels.Parse: throws LabelSelectorParseError with upstream's text. */
export function parseLabelSelector(selector: string): LabelSelector {
  const reqs = new Parser(lex(selector)).parse();
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { requirements: reqs };
}

function requirementMatches(r: LabelRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.operator) {
    case "in":
    case "=":
    case "==":
      return has && r.values.includes(labels[r.key]);
    case "notin":
    case "!=":
      return !has || !r.values.includes(labels[r.key]);
    case "exists":
      return has;
    case "!":
      return !has;
    case "gt":
    case "lt": {
      if (!has || !/^[+-]?\d+$/.test(labels[r.key]) || r.values.length !== 1) return false;
      const lv = BigInt(labels[r.key]);
      const rv = BigInt(r.values[0]);
      return r.operator === "gt" ? lv > rv : lv < rv;
    }
  }
}

export function labelSelectorMatches(selector: LabelSelector, labels: Record<string, string> | undefined): boolean {
  if (selector.matchesNothing) return false;
  const ls = labels ?? {};
  return selector.requirements.every((r) => requirementMatches(r, ls));
}

/** A metav1.LabelSelector (matchLabels/matchExpressions) as a selector: metav1.LabelSelectorAsSelector. */
export interface MetaLabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export function labelSelectorFromMeta(ps: MetaLabelSelector | undefined | null): LabelSelector {
  if (!ps) return { requirements: [], matchesNothing: true };
  const reqs: LabelRequirement[] = [];
  for (const [k, v] of Object.entries(ps.matchLabels ?? {})) {
    const err = requirementError(k, "=", [v]);
    if (err) throw new LabelSelectorParseError(err);
    reqs.push({ key: k, operator: "=", values: [v] });
  }
  const ops: Record<string, LabelOperator> = { In: "in", NotIn: "notin", Exists: "exists", DoesNotExist: "!" };
  for (const e of ps.matchExpressions ?? []) {
    const op = ops[e.operator];
    if (!op) throw new LabelSelectorParseError(`${goQuote(e.operator)} is not a valid label selector operator`);
    const values = [...(e.values ?? [])];
    const err = requirementError(e.key, op, values);
    if (err) throw new LabelSelectorParseError(err);
    reqs.push({ key: e.key, operator: op, values });
  }
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { requirements: reqs };
}

/** Requirement.String() joined by commas: the canonical text of a selector (kubectl describe, HPA status). */
export function formatLabelSelector(selector: LabelSelector): string {
  return selector.requirements
    .map((r) => {
      const values = [...r.values].sort().join(",");
      switch (r.operator) {
        case "!":
          return `!${r.key}`;
        case "exists":
          return r.key;
        case "in":
          return `${r.key} in (${values})`;
        case "notin":
          return `${r.key} notin (${values})`;
        case "gt":
          return `${r.key}>${values}`;
        case "lt":
          return `${r.key}<${values}`;
        default:
          return `${r.key}${r.operator}${values}`;
      }
    })
    .join(",");
}
