// The acceptance of issue 7 in a real Chromium on a fresh database: practice a
// task in the YAML editor (full marks, then a wrong answer's failing check),
// a mock exam answered in both forms with a flag and a reload in the middle,
// finished, and its results per domain; and bad input at every door.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { load } from "js-yaml";

interface TaskFile {
  title: string;
  id: string;
  solution: { manifests?: string; transcript?: string };
  alternatives?: { manifests?: string; transcript?: string }[];
  nearMisses?: { manifests?: string; transcript?: string; failsChecks: string[] }[];
  checks: { id: string; name: string }[];
}

/** The task bank as on disk, by title, to answer with each task's own reference. */
function taskBank(): Map<string, TaskFile> {
  const root = path.resolve("tasks");
  const bank = new Map<string, TaskFile>();
  for (const domain of readdirSync(root)) {
    const dir = path.join(root, domain);
    if (domain === "exams" || domain === "schema" || !existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = path.join(dir, slug, "task.yaml");
      if (!existsSync(file)) continue;
      const task = load(readFileSync(file, "utf8")) as TaskFile;
      bank.set(task.title, task);
    }
  }
  return bank;
}

const bank = taskBank();
const configmapTask = [...bank.values()].find((t) => t.id.endsWith("/configmap-env"))!;

async function signUp(page: Page, name: string, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("practice-makes-perfect");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${name}!` })).toBeVisible();
}

/** Replaces the visible editor's text as a paste does (a ClipboardEvent CodeMirror handles). */
async function pasteIntoEditor(page: Page, text: string) {
  const content = page.locator(".cm-content").first();
  await content.click();
  await page.keyboard.press("ControlOrMeta+a");
  await content.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function editorText(page: Page): Promise<string> {
  return page.locator(".cm-content").first().evaluate((el) => (el as HTMLElement).innerText.replace(/\u200b/g, ""));
}

const saveStatus = (page: Page) => page.getByTestId("save-status").first();

test.describe.configure({ timeout: 120_000 });

test("practice: the reference solution pasted in the YAML editor scores full marks; a near miss shows the failing check", async ({ page }) => {
  await signUp(page, "Ada Practice", `ada-${Date.now()}@example.com`);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { name: "Application Environment, Configuration and Security" })).toBeVisible();
  await page.getByRole("link", { name: configmapTask.title }).click();
  await page.getByRole("button", { name: "Practise this task" }).click();
  await expect(page.getByRole("heading", { name: configmapTask.title })).toBeVisible();
  // A practice attempt belongs to Tasks in the header, not to "My attempts".
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tasks" })).toHaveAttribute("aria-current", "page");

  await pasteIntoEditor(page, configmapTask.solution.manifests!);
  await expect(saveStatus(page)).toHaveText(/^Saved · /, { timeout: 10_000 });
  await page.getByRole("button", { name: "Submit for grading" }).click();

  const result = page.getByTestId("task-result");
  await expect(result.getByTestId("task-score")).toHaveText(/^4 \/ 4/, { timeout: 30_000 });
  const checks = result.getByTestId("check");
  await expect(checks).toHaveCount(configmapTask.checks.length);
  for (const c of await checks.all()) await expect(c).toHaveAttribute("data-passed", "true");
  await expect(result.getByText("Reference solution")).toBeVisible();

  // A wrong answer: the misspelled key of the task's own near miss.
  const miss = configmapTask.nearMisses![0];
  await pasteIntoEditor(page, miss.manifests!);
  await expect(saveStatus(page)).toHaveText(/^Saved · /, { timeout: 10_000 });
  await page.getByRole("button", { name: "Submit for grading" }).click();
  await expect(result.getByTestId("task-score")).toHaveText(/^0 \/ 4/, { timeout: 30_000 });
  const failing = result.locator('[data-testid="check"][data-passed="false"]');
  await expect(failing).toHaveCount(miss.failsChecks.length);
  const firstFailing = configmapTask.checks.find((c) => c.id === miss.failsChecks[0])!;
  const failingCheck = failing.filter({ hasText: firstFailing.name });
  await expect(failingCheck.locator(".check-message")).toBeVisible();
  await expect(failingCheck.locator(".check-message")).not.toBeEmpty();

  // The catalog now shows the best score.
  await page.goto("/tasks");
  await expect(page.getByRole("row", { name: new RegExp(configmapTask.title) }).getByText("100%")).toBeVisible();
});

test("mock exam: two answers (manifests, transcript), a flag and a reload keep everything; finishing shows per-domain results", async ({ page }, testInfo) => {
  await signUp(page, "Bob Exam", `bob-${Date.now()}@example.com`);
  await page.goto("/exams");
  await page.getByRole("button", { name: /^Start exam/ }).first().click();
  await expect(page.getByTestId("countdown")).toHaveText(/^\d+:\d\d(:\d\d)?$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exams" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My attempts" })).not.toHaveAttribute("aria-current", "page");

  // Task 1 in manifests.
  const title1 = (await page.locator("#task-heading").textContent())!.replace(/^\d+\.\s*/, "");
  const task1 = bank.get(title1)!;
  const manifests = task1.solution.manifests ?? task1.alternatives?.find((a) => a.manifests)?.manifests ?? "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: e2e\n";
  await pasteIntoEditor(page, manifests);
  await expect(saveStatus(page)).toHaveText(/^Saved · /, { timeout: 10_000 });

  // Task 2 as a shell transcript, flagged for review.
  await page.getByRole("link", { name: /^Task 2:/ }).click();
  await expect(page).toHaveURL(/\?task=2$/);
  const title2 = (await page.locator("#task-heading").textContent())!.replace(/^\d+\.\s*/, "");
  const task2 = bank.get(title2)!;
  const transcript =
    task2.solution.transcript ?? task2.alternatives?.find((a) => a.transcript)?.transcript ?? `cat <<'EOF' | kubectl apply -f -\n${task2.solution.manifests}EOF\n`;
  await page.getByRole("tab", { name: "Shell transcript" }).click();
  await pasteIntoEditor(page, transcript);
  await expect(saveStatus(page)).toHaveText(/^Saved · /, { timeout: 10_000 });
  await page.getByRole("button", { name: /Flag for review/ }).click();
  await expect(page.getByRole("button", { name: /Flagged for review/ })).toHaveAttribute("aria-pressed", "true");

  // Reload mid-exam: nothing is lost.
  await page.reload();
  await expect(page.getByRole("tab", { name: "Shell transcript" })).toHaveAttribute("aria-selected", "true");
  expect((await editorText(page)).trim()).toBe(transcript.trim());
  await expect(page.getByRole("button", { name: /Flagged for review/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("link", { name: /^Task 2: .*, answered, flagged$/ })).toBeVisible();
  await page.getByRole("link", { name: /^Task 1:/ }).click();
  await expect(page.getByRole("tab", { name: "Manifests (YAML)" })).toHaveAttribute("aria-selected", "true");
  expect((await editorText(page)).trim()).toBe(manifests.trim());
  await page.screenshot({ path: testInfo.outputPath("exam-page.png"), fullPage: true });
  await testInfo.attach("exam-page", { path: testInfo.outputPath("exam-page.png"), contentType: "image/png" });

  await page.getByRole("button", { name: "Finish exam" }).click();
  await expect(page.getByRole("dialog", { name: "Finish the exam?" })).toContainText("flagged for review");
  await page.getByRole("button", { name: "Finish and grade" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/results$/);
  const summary = page.getByTestId("exam-summary");
  await expect(summary.locator(".verdict-text")).toHaveText(/^(Passed|Not passed)$/, { timeout: 60_000 });
  const domains = page.getByTestId("domain-score");
  expect(await domains.count()).toBeGreaterThanOrEqual(1);
  await expect(domains.filter({ hasText: task1.id.startsWith("application-environment") ? "Application Environment" : "" }).first()).toBeVisible();
  const results = page.getByTestId("task-result");
  await expect(results.first().getByTestId("check").first()).toBeVisible();
  await expect(results.filter({ hasText: title1 }).getByTestId("task-score")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("results-page.png"), fullPage: true });
  await testInfo.attach("results-page", { path: testInfo.outputPath("results-page.png"), contentType: "image/png" });
});

test("bad input gets a clear message or a 4xx, and another candidate's attempt is not there", async ({ page, browser }) => {
  await signUp(page, "Carol Owner", `carol-${Date.now()}@example.com`);
  await page.goto(`/tasks/${configmapTask.id}`);
  await page.getByRole("button", { name: "Practise this task" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  const attemptId = page.url().split("/").pop()!;

  // YAML that is not Kubernetes: the editor says so inline.
  await pasteIntoEditor(page, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: a\n      imagee: nginx\n");
  await expect(page.locator(".cm-lintRange-warning")).toHaveText("imagee", { timeout: 10_000 });

  // A 20 MB paste is refused before it is stored, with the reason in words.
  const huge = await page.request.put(`/api/attempts/${attemptId}/answers/any`, {
    headers: { "Content-Type": "application/json" },
    data: JSON.stringify({ form: "MANIFESTS", content: "x".repeat(20 * 1024 * 1024) }),
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).message).toMatch(/This answer is 20\.0 MB; the limit is 1\.0 MB/);

  // Invalid UTF-8, a body that is not JSON, a wrong type: 400 with a message.
  const bytes = Buffer.concat([Buffer.from('{"form":"MANIFESTS","content":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
  const invalid = await page.request.put(`/api/attempts/${attemptId}/answers/any`, { headers: { "Content-Type": "application/json" }, data: bytes });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).message).toMatch(/not valid UTF-8/);
  const notJson = await page.request.post(`/api/attempts/${attemptId}/answers/any/flag`, { headers: { "Content-Type": "application/json" }, data: "{flagged" });
  expect(notJson.status()).toBe(400);
  const wrongType = await page.request.post(`/api/attempts/${attemptId}/answers/any/flag`, { headers: { "Content-Type": "application/json" }, data: { flagged: "yes" } });
  expect(wrongType.status()).toBe(400);
  expect((await wrongType.json()).message).toMatch(/flagged must be true or false/);

  // A task that does not exist; a submission that does not exist.
  expect((await page.goto("/tasks/no-such-domain/no-such-task"))!.status()).toBe(404);
  expect((await page.request.get("/api/submissions/nope")).status()).toBe(404);

  // Another candidate: neither the page nor any endpoint of Carol's attempt exists for them.
  const other = await browser.newContext();
  const mallory = await other.newPage();
  await signUp(mallory, "Mallory Other", `mallory-${Date.now()}@example.com`);
  expect((await mallory.goto(`/attempts/${attemptId}`))!.status()).toBe(404);
  expect((await mallory.goto(`/attempts/${attemptId}/results`))!.status()).toBe(404);
  expect((await mallory.request.get(`/api/attempts/${attemptId}`)).status()).toBe(404);
  const write = await mallory.request.put(`/api/attempts/${attemptId}/answers/any`, {
    headers: { "Content-Type": "application/json" },
    data: { form: "MANIFESTS", content: "stolen" },
  });
  expect(write.status()).toBe(404);
  expect((await mallory.request.post(`/api/attempts/${attemptId}/submit`, { headers: { "Content-Type": "application/json" }, data: {} })).status()).toBe(404);
  await other.close();

  // Signed out: 401 with a message, not a page.
  const anonymous = await browser.newContext();
  const anon = await anonymous.request.get(`http://localhost:${process.env.E2E_PORT ?? 3210}/api/attempts/${attemptId}`);
  expect(anon.status()).toBe(401);
  await anonymous.close();
});
