// kubectl's JSONPath engine (client-go util/jsonpath/jsonpath.go, v0.34): evaluates a
// parsed template against decoded JSON and prints the results as kubectl does —
// several results joined by a space, maps and arrays as compact JSON, or (jsonpath-as-json)
// every result of an expression gathered into one indented JSON array.
import { compareByOperator } from "./compare";
import { GoNumber, formatGoValue, goTypeName, marshalGoJson, type NumberDecoding } from "./go-values";
import type { JsonPathNode, ListNode } from "./nodes";
import { parseJsonPath } from "./parser";

export class JsonPathExecutionError extends Error {}

export interface JsonPathOptions {
  /** `--allow-missing-template-keys` (kubectl's default: true). */
  allowMissingKeys?: boolean;
  /** `-o jsonpath-as-json` */
  outputJson?: boolean;
  /** How the object's numbers decode (see go-values.ts); default: as the server's objects. */
  numberDecoding?: NumberDecoding;
}

const isNil = (v: unknown): boolean => v === null || v === undefined;
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof GoNumber);
const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The children `*` and `..` visit; Go's map order is random, ours is sorted so output is stable. */
function childrenOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isMap(value)) return Object.keys(value).sort(byteOrder).map((k) => value[k]);
  if (typeof value === "string") return [...new TextEncoder().encode(value)].map((b) => new GoNumber("uint8", b));
  return [];
}

export class JsonPath {
  private rootNodes: JsonPathNode[];
  private readonly allNodes: JsonPathNode[];
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JsonPathNode | undefined;
  private readonly allowMissingKeys: boolean;
  private readonly outputJson: boolean;
  private readonly decoding: NumberDecoding;

  /** Throws JsonPathParseError for a template upstream's parser refuses. */
  constructor(template: string, options: JsonPathOptions = {}) {
    this.allNodes = parseJsonPath(template).nodes;
    this.rootNodes = this.allNodes;
    this.allowMissingKeys = options.allowMissingKeys ?? true;
    this.outputJson = options.outputJson ?? false;
    this.decoding = options.numberDecoding ?? "int64-when-integral";
  }

  /** Evaluates the template; throws JsonPathExecutionError with upstream's message. */
  execute(data: unknown): string {
    this.rootNodes = this.allNodes;
    this.beginRange = this.inRange = this.endRange = 0;
    this.lastEndNode = undefined;
    return this.findResults(data)
      .map((results) => this.printResults(results))
      .join("");
  }

  /** The values each top-level expression yields (a `range` block yields one list per item). */
  findResults(data: unknown): unknown[][] {
    const cur = [data];
    const nodes = this.rootNodes;
    const full: unknown[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const results = this.walk(cur, node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          for (const value of results) {
            this.rootNodes = nodes.slice(i + 1);
            full.push(...this.findResults(value));
          }
        } else {
          // An empty range still walks its body so the position reaches its end.
          this.rootNodes = nodes.slice(i + 1);
          this.findResults(null);
        }
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  printResults(results: unknown[]): string {
    const values = this.outputJson ? [results] : results;
    let out = "";
    values.forEach((value, i) => {
      let text: string;
      if (this.outputJson) text = `${marshalGoJson(value, "    ")}\n`;
      else if (Array.isArray(value) || isMap(value)) text = marshalGoJson(value);
      else text = value === null || value === undefined ? "null" : formatGoValue(value, this.decoding);
      out += i !== values.length - 1 ? `${text} ` : text;
    });
    return out;
  }

  private walk(input: unknown[], node: JsonPathNode): unknown[] {
    switch (node.type) {
      case "list":
        return this.evalList(input, node);
      case "text":
        return [node.text];
      case "field":
        return this.evalField(input, node.value);
      case "array":
        return this.evalArray(input, node);
      case "filter":
        return this.evalFilter(input, node);
      case "int":
        return input.map(() => new GoNumber("int", node.value));
      case "float":
        return input.map(() => new GoNumber("float64", node.value));
      case "bool":
        return input.map(() => node.value);
      case "wildcard":
        return input.filter((v) => !isNil(v)).flatMap(childrenOf);
      case "recursive":
        return this.evalRecursive(input);
      case "union":
        return node.nodes.flatMap((list) => this.evalList(input, list));
      case "identifier":
        return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: unknown[], node: ListNode): unknown[] {
    let cur = input;
    for (const child of node.nodes) cur = this.walk(cur, child);
    return cur;
  }

  private evalIdentifier(input: unknown[], name: string): unknown[] {
    if (name === "range") {
      this.beginRange++;
      return input;
    }
    if (name === "end") {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      throw new JsonPathExecutionError("not in range, nothing to end");
    }
    throw new JsonPathExecutionError(`unrecognized identifier ${name}`);
  }

  private evalField(input: unknown[], name: string): unknown[] {
    const results: unknown[] = [];
    if (input.length === 0) return results;
    for (const value of input) {
      if (isMap(value) && Object.hasOwn(value, name) && value[name] !== undefined) results.push(value[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new JsonPathExecutionError(`${name} is not found`);
    return results;
  }

  private evalArray(input: unknown[], node: Extract<JsonPathNode, { type: "array" }>): unknown[] {
    const result: unknown[] = [];
    for (const value of input) {
      if (isNil(value)) continue;
      if (!Array.isArray(value)) throw new JsonPathExecutionError(`${goTypeName(value, this.decoding)} is not array or slice`);
      const [p0, p1, p2] = node.params;
      const length = value.length;
      let start = p0.known ? p0.value : 0;
      if (start < 0) start += length;
      let end = p1.known ? p1.value : length;
      if (end < 0 || (end === 0 && p1.derived)) end += length;
      if (end === start) return result;
      if (start >= length || start < 0) throw new JsonPathExecutionError(`array index out of bounds: index ${start}, length ${length}`);
      if (end > length || end < 0) throw new JsonPathExecutionError(`array index out of bounds: index ${end - 1}, length ${length}`);
      if (start > end) throw new JsonPathExecutionError(`starting index ${start} is greater than ending index ${end}`);
      let step = 1;
      if (p2.known) {
        if (p2.value <= 0) throw new JsonPathExecutionError("step must be > 0");
        step = p2.value;
      }
      const slice = value.slice(start, end);
      for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
    }
    return result;
  }

  private evalRecursive(input: unknown[]): unknown[] {
    const result: unknown[] = [];
    for (const value of input) {
      if (isNil(value)) continue;
      const children = childrenOf(value);
      if (children.length !== 0) {
        result.push(value);
        result.push(...this.evalRecursive(children));
      }
    }
    return result;
  }

  private evalFilter(input: unknown[], node: Extract<JsonPathNode, { type: "filter" }>): unknown[] {
    const results: unknown[] = [];
    for (const value of input) {
      if (!Array.isArray(value)) {
        const shown = isNil(value) ? "<nil>" : formatGoValue(value, this.decoding);
        throw new JsonPathExecutionError(`${shown} is not array or slice and cannot be filtered`);
      }
      for (const item of value) {
        if (node.operator === "exists") {
          let lefts: unknown[] = [];
          try {
            lefts = this.evalList([item], node.left);
          } catch {
            // upstream ignores the error of an existence test
          }
          if (lefts.length > 0) results.push(item);
          continue;
        }
        const lefts = this.evalList([item], node.left);
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new JsonPathExecutionError("can only compare one element at a time");
        const rights = this.evalList([item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new JsonPathExecutionError("can only compare one element at a time");
        try {
          if (compareByOperator(node.operator, lefts[0], rights[0], this.decoding)) results.push(item);
        } catch (e) {
          throw new JsonPathExecutionError(e instanceof Error ? e.message : String(e));
        }
      }
    }
    return results;
  }
}
