import { describe, expect, it } from "vitest";
import { pullImage } from "../runtime";
import { imageSizeBytes, pullDurationMs } from "./image-pull-timing";

function image(ref: string) {
  const p = pullImage(ref);
  if (!p.ok) throw new Error(p.message);
  return p.image;
}

describe("image pull timing (hash remembered per image)", () => {
  it("gives the same duration and size every time, and for a copy of the image", () => {
    const nginx = image("nginx:1.27");
    expect([pullDurationMs(nginx), imageSizeBytes(nginx)]).toEqual([3315, 94989040]);
    expect([pullDurationMs(nginx), imageSizeBytes(nginx)]).toEqual([3315, 94989040]);
    expect(pullDurationMs({ ...nginx })).toBe(3315);
    expect([pullDurationMs(image("busybox:1.36")), imageSizeBytes(image("busybox:1.36"))]).toEqual([850, 5075723]);
  });
});
