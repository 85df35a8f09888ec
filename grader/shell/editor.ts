// `kubectl edit` in a script: as kubectl does (pkg/cmd/util/editor/editor.go),
// the editor is $KUBE_EDITOR, else $EDITOR, run on a temporary file, e.g.
// `KUBE_EDITOR="sed -i s/replicas: 1/replicas: 3/" kubectl edit deploy/x`.
import type { ExecResult } from "just-bash";

export type EditHook = (text: string, fileName: string) => Promise<string | undefined>;

/** Runs one shell command line in the workstation (the custom command's ctx.exec). */
export type ShellExec = (commandLine: string) => Promise<ExecResult>;

export interface EditorFiles {
  write(path: string, text: string): void;
  read(path: string): string;
  remove(path: string): void;
}

/** The editor kubectl would launch from this environment, or undefined when none is set. */
export function editorFromEnv(env: ReadonlyMap<string, string>): string | undefined {
  for (const name of ["KUBE_EDITOR", "EDITOR"]) {
    const value = env.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** An edit hook that runs `editor FILE` in the shell and reads the file back. */
export function shellEditor(editor: string, files: EditorFiles, exec: ShellExec): EditHook {
  return async (text, fileName) => {
    const base = fileName.slice(fileName.lastIndexOf("/") + 1) || "kubectl-edit.yaml";
    const path = `/tmp/${base}`;
    files.write(path, text);
    try {
      const result = await exec(`${editor} ${path}`);
      if (result.exitCode !== 0) throw new Error(`there was a problem with the editor "${editor}"`);
      return files.read(path);
    } finally {
      files.remove(path);
    }
  };
}
