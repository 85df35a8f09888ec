// The bytes and the hash of a revision's data (stateful_set_utils.go getPatch,
// pkg/controller/history HashControllerRevision, encoding/json Marshal).
import { describe, it, expect } from "vitest";
import { goJsonMarshal } from "./go-json";
import { controllerRevisionName, hashRevisionData } from "./revision";

describe("goJsonMarshal", () => {
  const cases: [string, unknown, string][] = [
    ["sorts object keys at every level as Go sorts map keys", { b: 1, a: { d: [true, null], c: "x" } }, `{"a":{"c":"x","d":[true,null]},"b":1}`],
    ["escapes <, > and & as encoding/json's HTML-safe default does", { cmd: "a && b > c < d" }, `{"cmd":"a \\u0026\\u0026 b \\u003e c \\u003c d"}`],
    ["escapes U+2028 and U+2029", "\u2028\u2029", `"\\u2028\\u2029"`],
    ["writes newlines and quotes as JSON does", 'say "hi"\n', `"say \\"hi\\"\\n"`],
  ];
  for (const [name, value, want] of cases) it(name, () => expect(goJsonMarshal(value)).toBe(want));
});

describe("hashRevisionData", () => {
  // stateful_set_compatibility_test.go: the same template hashed c77f6d978 in 1.33, with `creationTimestamp: null` in its metadata.
  it("hashes the 1.33 revision data of the compatibility test to c77f6d978", () => {
    const data = JSON.parse(
      `{"spec":{"template":{"$patch":"replace","metadata":{"annotations":{"test":"value"},"creationTimestamp":null,"labels":{"app":"foo"}},"spec":{"containers":[{"image":"test","imagePullPolicy":"Always","name":"test","resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],"dnsPolicy":"ClusterFirst","restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},"terminationGracePeriodSeconds":30}}}}`,
    );
    expect(hashRevisionData(data, 0)).toBe("c77f6d978");
  });

  it("changes with the collision count, which is hashed as decimal text after the data", () => {
    expect(hashRevisionData({ a: 1 }, 1)).not.toBe(hashRevisionData({ a: 1 }, 0));
  });

  it("names a revision <prefix>-<hash>, cutting the prefix to 223 characters", () => {
    expect(controllerRevisionName("web", "abc")).toBe("web-abc");
    expect(controllerRevisionName("x".repeat(230), "abc")).toBe(`${"x".repeat(223)}-abc`);
  });
});
