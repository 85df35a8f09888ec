import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { goJsonMarshal } from "../statefulset/go-json";
import type { ControllerRevision } from "../statefulset/types";
import { marshalledData } from "./history";

const revision = (data: unknown): ControllerRevision => ({ apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name: "r" }, revision: 1, data });

describe("marshalledData", () => {
  const data = () => ({ spec: { template: { metadata: { labels: { b: "2", a: "1" } }, spec: { containers: [{ name: "c", image: "x<y>&" }] }, $patch: "replace" } } });

  it("gives goJsonMarshal's bytes for frozen data, the first time and from memory", () => {
    const frozen = deepFreeze(data());
    const expected = goJsonMarshal(data());
    expect(marshalledData(revision(frozen))).toBe(expected);
    expect(marshalledData(revision(frozen))).toBe(expected);
  });

  it("marshals data that can still change afresh each time", () => {
    const open = data();
    const h = revision(open);
    const before = marshalledData(h);
    open.spec.template.spec.containers[0].image = "other";
    expect(marshalledData(h)).not.toBe(before);
    expect(marshalledData(h)).toBe(goJsonMarshal(open));
    expect(marshalledData(revision(undefined))).toBe(goJsonMarshal(undefined));
  });
});
