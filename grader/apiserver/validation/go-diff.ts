// An approximation of go-cmp's cmp.Diff report, which upstream appends to the
// "pod updates may not change fields other than ..." error. go-cmp's exact
// output cannot be reproduced byte for byte (it deliberately randomises some
// whitespace, and it walks every field of the internal Go struct, set or not);
// this keeps its shape: a typed header, tab indentation, "- "/"+ " lines for
// changed values and "... // N identical fields" for the rest.

/** JSON field name → Go field name where capitalising the first letter is wrong. */
const goFieldNames: Record<string, string> = {
  dnsPolicy: "DNSPolicy",
  dnsConfig: "DNSConfig",
  hostIP: "HostIP",
  hostIPC: "HostIPC",
  hostPID: "HostPID",
  httpGet: "HTTPGet",
  tcpSocket: "TCPSocket",
  grpc: "GRPC",
  tty: "TTY",
  stdinOnce: "StdinOnce",
  os: "OS",
};

function goFieldName(jsonName: string): string {
  return goFieldNames[jsonName] ?? jsonName.charAt(0).toUpperCase() + jsonName.slice(1);
}

function goLiteral(v: unknown): string {
  if (v === undefined || v === null) return "nil";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `{${v.map(goLiteral).join(", ")}}`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .map((k) => `${goFieldName(k)}: ${goLiteral(o[k])}`)
    .join(", ")}}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffObject(oldV: Record<string, unknown>, newV: Record<string, unknown>, depth: number, out: string[]): void {
  const tabs = "\t".repeat(depth);
  const keys = [...new Set([...Object.keys(oldV), ...Object.keys(newV)])];
  let identical = 0;
  const flush = () => {
    if (identical > 0) out.push(`  ${tabs}... // ${identical} identical field${identical === 1 ? "" : "s"}`);
    identical = 0;
  };
  for (const k of keys) {
    const a = oldV[k];
    const b = newV[k];
    if (sameJson(a, b)) {
      identical++;
      continue;
    }
    flush();
    const name = goFieldName(k);
    if (isPlainObject(a) && isPlainObject(b)) {
      out.push(`  ${tabs}${name}: {`);
      diffObject(a, b, depth + 1, out);
      out.push(`  ${tabs}},`);
    } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      out.push(`  ${tabs}${name}: {`);
      a.forEach((item, i) => {
        if (sameJson(item, b[i])) out.push(`  ${tabs}\t{...},`);
        else if (isPlainObject(item) && isPlainObject(b[i])) {
          out.push(`  ${tabs}\t{`);
          diffObject(item, b[i] as Record<string, unknown>, depth + 2, out);
          out.push(`  ${tabs}\t},`);
        } else {
          out.push(`- ${tabs}\t${goLiteral(item)},`);
          out.push(`+ ${tabs}\t${goLiteral(b[i])},`);
        }
      });
      out.push(`  ${tabs}},`);
    } else {
      if (a !== undefined) out.push(`- ${tabs}${name}: ${goLiteral(a)},`);
      if (b !== undefined) out.push(`+ ${tabs}${name}: ${goLiteral(b)},`);
    }
  }
  flush();
}

/** cmp.Diff(old, new) of two structs of the Go type `typeName` (e.g. "core.PodSpec"). */
export function goCmpDiff(typeName: string, oldV: Record<string, unknown>, newV: Record<string, unknown>): string {
  const out = [`  ${typeName}{`];
  diffObject(oldV, newV, 1, out);
  out.push("  }");
  return out.join("\n") + "\n";
}
