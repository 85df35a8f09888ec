// The checks of a task as data: a strict zod schema (unknown keys rejected),
// with a description on every field for the generated JSON Schema. A check has
// an id, a name the candidate reads, points, and exactly one assertion.
import { z } from "zod";

/** Lowercase words joined by dashes: `pod-ready`, `sidecar-image`. */
export const checkIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const labelMap = z.record(z.string(), z.string());

/** Which objects an `expect` or `absent` check looks at. */
const objectSelectionFields = {
  apiVersion: z
    .string()
    .min(1)
    .optional()
    .describe("The objects' apiVersion (`apps/v1`); defaults to the preferred version of the kind."),
  kind: z.string().min(1).describe("The objects' kind, as in a manifest: `Pod`, `Deployment`, `NetworkPolicy`."),
  namespace: z
    .string()
    .min(1)
    .optional()
    .describe("The namespace to look in; defaults to `default`. Ignored for cluster-scoped kinds."),
  name: z.string().min(1).optional().describe("One object by name. Leave out to look at every object the selector picks."),
  selector: z
    .union([labelMap, z.string().min(1)])
    .optional()
    .describe(
      "A label selector: a map of labels that must all be present (`{app: web}`), or selector syntax (`app=web,tier!=db`).",
    ),
  match: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      "A partial object the object must contain. Maps are subsets; lists of objects match by their Kubernetes merge key " +
        "(containers by name, ports by containerPort, env by name…) in any order; other lists as subsets; quantities by value " +
        "(`500m` = `0.5`); a key such as `conditions[type=Ready]` picks the list element whose field equals the value; " +
        "`null` means the field must be absent.",
    ),
};

export const expectAssertionSchema = z
  .strictObject({
    ...objectSelectionFields,
    quantifier: z
      .enum(["any", "all"])
      .optional()
      .describe(
        "Without `name`: `any` (default) passes when at least one selected object matches; `all` when every selected object does (and there is at least one).",
      ),
    count: z
      .int()
      .min(0)
      .optional()
      .describe("Without `name`: passes when exactly this many selected objects match. Replaces `quantifier`."),
  })
  .describe("Objects that must exist and contain `match`.");

export const absentAssertionSchema = z
  .strictObject(objectSelectionFields)
  .describe("No object may be selected that contains `match` (the whole object when `match` is left out).");

export const jsonpathAssertionSchema = z
  .strictObject({
    apiVersion: objectSelectionFields.apiVersion,
    kind: objectSelectionFields.kind,
    namespace: objectSelectionFields.namespace,
    name: z.string().min(1).describe("The object's name."),
    path: z
      .string()
      .min(1)
      .describe("A kubectl JSONPath template, as after `-o jsonpath=`: `{.status.containerStatuses[0].ready}`."),
    equals: z.string().optional().describe("The exact text the template must print."),
    matches: z.string().min(1).optional().describe("A regular expression the printed text must match (JavaScript syntax)."),
  })
  .describe("What `kubectl get -o jsonpath=...` prints for one object.");

export const fileAssertionSchema = z
  .strictObject({
    path: z.string().startsWith("/").describe("The absolute path of the file on the workstation: `/opt/course/3/pods.txt`."),
    equals: z
      .string()
      .optional()
      .describe("The whole content; trailing newlines on either side are ignored (`echo` adds one)."),
    contains: z.string().min(1).optional().describe("A text the content must contain."),
    matches: z
      .string()
      .min(1)
      .optional()
      .describe("A regular expression the content must match (JavaScript syntax, `^`/`$` match at each line)."),
  })
  .describe("A file the candidate writes on the workstation.");

export const connectivityAssertionSchema = z
  .strictObject({
    from: z
      .strictObject({
        namespace: z.string().min(1).optional().describe("The namespace of the client; defaults to `default`."),
        pod: z
          .string()
          .min(1)
          .optional()
          .describe("An existing pod to connect from; leave out for a fresh busybox pod."),
        labels: labelMap.optional().describe("Labels of the fresh busybox pod (NetworkPolicies select clients by labels)."),
      })
      .describe("Where the connection starts."),
    host: z.string().min(1).describe("A DNS name (`web.shop`, `web.shop.svc.cluster.local`) or an IP."),
    port: z.int().min(1).max(65535).describe("The TCP port."),
    expect: z.enum(["succeeds", "fails"]).describe("Whether the connection must succeed or fail."),
  })
  .describe("A TCP connection through cluster DNS, Services and NetworkPolicies.");

export const checkSchema = z
  .strictObject({
    id: z
      .string()
      .regex(checkIdPattern, "must be lowercase words joined by dashes")
      .describe("Unique within the task; near misses name the checks they fail by id."),
    name: z.string().min(1).describe("What the candidate sees: `The pod web runs the image nginx:1.27`."),
    points: z.int().min(1).describe("Points awarded when the check passes."),
    expect: expectAssertionSchema.optional(),
    absent: absentAssertionSchema.optional(),
    jsonpath: jsonpathAssertionSchema.optional(),
    file: fileAssertionSchema.optional(),
    script: z
      .string()
      .min(1)
      .optional()
      .describe("A bash verify script run on the workstation (kubectl, jq, grep…); exit code 0 passes."),
    connectivity: connectivityAssertionSchema.optional(),
  })
  // Runs even when fields fail (an author sees every problem at once), so it only reads what is there.
  .superRefine((check, ctx) => {
    const present = assertionKinds.filter((k) => check[k] !== undefined);
    if (present.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message:
          present.length === 0
            ? `needs one of ${assertionKinds.join(", ")}`
            : `has ${present.join(" and ")}; a check makes exactly one assertion`,
      });
    }
    const selection = check.expect ?? check.absent;
    const where = check.expect ? "expect" : "absent";
    if (selection?.name !== undefined && selection.selector !== undefined) {
      ctx.addIssue({ code: "custom", path: [where, "selector"], message: "give either name or selector, not both" });
    }
    if (check.expect) {
      const e = check.expect;
      if (e.name !== undefined && (e.quantifier !== undefined || e.count !== undefined)) {
        ctx.addIssue({ code: "custom", path: ["expect", "name"], message: "quantifier and count apply to a selection, not to a named object" });
      }
      if (e.quantifier !== undefined && e.count !== undefined) {
        ctx.addIssue({ code: "custom", path: ["expect", "count"], message: "give either quantifier or count, not both" });
      }
    }
    for (const [key, value] of [
      ["jsonpath", check.jsonpath],
      ["file", check.file],
    ] as const) {
      if (!value) continue;
      const expectations = (["equals", "contains", "matches"] as const).filter(
        (k) => (value as Record<string, unknown>)[k] !== undefined,
      );
      if (expectations.length !== 1) {
        ctx.addIssue({ code: "custom", path: [key], message: "needs exactly one of equals, contains, matches" });
      }
      const pattern: unknown = value.matches;
      if (typeof pattern === "string" && !isValidRegExp(pattern)) {
        ctx.addIssue({ code: "custom", path: [key, "matches"], message: "is not a valid regular expression" });
      }
    }
  }, { when: () => true })
  .describe("One graded assertion about the end state.");

export const assertionKinds = ["expect", "absent", "jsonpath", "file", "script", "connectivity"] as const;
export type AssertionKind = (typeof assertionKinds)[number];

function isValidRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, "m");
    return true;
  } catch {
    return false;
  }
}

export type Check = z.infer<typeof checkSchema>;
export type ExpectAssertion = z.infer<typeof expectAssertionSchema>;
export type AbsentAssertion = z.infer<typeof absentAssertionSchema>;
export type JsonPathAssertion = z.infer<typeof jsonpathAssertionSchema>;
export type FileAssertion = z.infer<typeof fileAssertionSchema>;
export type ConnectivityAssertion = z.infer<typeof connectivityAssertionSchema>;
