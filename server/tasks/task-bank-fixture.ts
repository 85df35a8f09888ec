// For tests: a small task bank in a temporary folder — copies of the three
// first tasks of tasks/ and the mock exam over them — that a test may edit
// without touching the real bank (which other people edit meanwhile).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const fixtureTaskSlugs = [
  "application-environment-configuration-and-security/configmap-env",
  "application-observability-and-maintenance/readiness-probe-port",
  "application-design-and-build/toleration-dedicated-node",
] as const;

export interface TaskBankFixture {
  /** The tasks/ folder of the copy. */
  dir: string;
  file(relative: string): string;
  edit(relative: string, change: (text: string) => string): void;
  remove(relative: string): void;
  cleanup(): void;
}

export function makeTaskBankFixture(source = path.resolve(process.cwd(), "tasks")): TaskBankFixture {
  const base = mkdtempSync(path.join(tmpdir(), "kubedojo-bank-"));
  const dir = path.join(base, "tasks");
  for (const slug of fixtureTaskSlugs) cpSync(path.join(source, slug), path.join(dir, slug), { recursive: true });
  mkdirSync(path.join(dir, "exams"), { recursive: true });
  writeFileSync(
    path.join(dir, "exams", "mock-1.yaml"),
    ["id: mock-1", "title: CKAD mock exam 1", "durationMinutes: 120", "passPercent: 66", "tasks:", ...fixtureTaskSlugs.map((s) => `  - ${s}`), ""].join("\n"),
  );
  const file = (relative: string) => path.join(dir, relative);
  return {
    dir,
    file,
    edit: (relative, change) => writeFileSync(file(relative), change(readFileSync(file(relative), "utf8"))),
    remove: (relative) => rmSync(file(relative), { recursive: true, force: true }),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}
