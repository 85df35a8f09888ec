import { describe, expect, it } from "vitest";
import { ContainerFs } from "../vfs/container-fs";
import { newDir } from "../vfs/nodes";
import { groupName, processGroups, userName } from "./users";

function etc(passwd: string, group: string): ContainerFs {
  const fs = new ContainerFs(newDir(), () => 0);
  fs.mkdir("/etc", true);
  fs.writeFile("/etc/passwd", passwd);
  fs.writeFile("/etc/group", group);
  return fs;
}

describe("passwd and group lookups (tables parsed once per text)", () => {
  it("reads names and memberships, and sees a changed file", () => {
    const fs = etc("root:x:0:0:root:/root:/bin/sh\n# comment\nnginx:x:101:101::/:/bin/false\n", "root:x:0:\nnginx:x:101:\nweb:x:200:nginx\n");
    expect(userName(fs, 101)).toBe("nginx");
    expect(groupName(fs, 200)).toBe("web");
    expect(processGroups(fs, 101, 101, [300])).toEqual([101, 200, 300]);
    // The same text again (another container of the image): the same answers.
    const again = etc("root:x:0:0:root:/root:/bin/sh\n# comment\nnginx:x:101:101::/:/bin/false\n", "root:x:0:\nnginx:x:101:\nweb:x:200:nginx\n");
    expect(processGroups(again, 101, 101)).toEqual([101, 200]);
    fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:101:101::/:/bin/false\n");
    expect(userName(fs, 101)).toBe("app");
    expect(processGroups(fs, 101, 101)).toEqual([101]);
  });
});
