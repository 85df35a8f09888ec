import { describe, it, expect } from "vitest";
import { editorFromEnv, shellEditor } from "./editor";

describe("editorFromEnv", () => {
  // kubectl pkg/cmd/util/editor/editor.go: KUBE_EDITOR first, then EDITOR.
  const cases = [
    { name: "KUBE_EDITOR wins over EDITOR", env: { KUBE_EDITOR: "sed -i s/a/b/", EDITOR: "vi" }, want: "sed -i s/a/b/" },
    { name: "EDITOR is used when KUBE_EDITOR is unset", env: { EDITOR: "nano" }, want: "nano" },
    { name: "neither set gives no editor", env: {}, want: undefined },
    { name: "a blank KUBE_EDITOR counts as unset", env: { KUBE_EDITOR: "  ", EDITOR: "vim" }, want: "vim" },
  ];
  for (const c of cases) it(c.name, () => expect(editorFromEnv(new Map(Object.entries(c.env)))).toBe(c.want));
});

describe("shellEditor", () => {
  const memoryFiles = () => {
    const files = new Map<string, string>();
    return { files, io: { write: (p: string, t: string) => void files.set(p, t), read: (p: string) => files.get(p) ?? "", remove: (p: string) => void files.delete(p) } };
  };

  it("runs the editor on a temporary file in /tmp and returns what it saved", async () => {
    const { files, io } = memoryFiles();
    const lines: string[] = [];
    const edit = shellEditor("sed -i s/1/3/", io, async (line) => {
      lines.push(line);
      files.set("/tmp/x.yaml", files.get("/tmp/x.yaml")!.replace("1", "3"));
      return { stdout: "", stderr: "", exitCode: 0 };
    });
    expect(await edit("replicas: 1\n", "x.yaml")).toBe("replicas: 3\n");
    expect(lines).toEqual(["sed -i s/1/3/ /tmp/x.yaml"]);
    expect(files.size).toBe(0);
  });

  it("fails when the editor exits non-zero", async () => {
    const { io } = memoryFiles();
    const edit = shellEditor("false", io, async () => ({ stdout: "", stderr: "", exitCode: 1 }));
    await expect(edit("a: 1\n", "x.yaml")).rejects.toThrow('there was a problem with the editor "false"');
  });
});
