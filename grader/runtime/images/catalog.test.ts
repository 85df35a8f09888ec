import { describe, expect, it } from "vitest";
import { imageDigest, pullImage } from "./catalog";

describe("image digests (remembered per catalog image)", () => {
  it("is the same on every pull, and for a copy of the image that was never hashed", () => {
    const digest = "sha256:f8142300a2e63e5b50e1492e9f6e0c96d73e5633531902459aa1e027fd9a75e6";
    const first = pullImage("nginx:1.27");
    const again = pullImage("nginx:1.27");
    if (!first.ok || !again.ok) throw new Error("nginx:1.27 is in the catalog");
    expect(first.imageID).toBe(`docker.io/library/nginx@${digest}`);
    expect(again.imageID).toBe(first.imageID);
    expect(imageDigest({ ...first.image })).toBe(digest);
    expect(imageDigest({ ...first.image, version: "0.0.0" })).not.toBe(digest);
  });
});
