// The acceptance of issue 8 in a real Chromium on a fresh database: the demo
// instructor writes a task whose near miss does not fail the check it names,
// sees the problem on that field, fixes it, publishes it and puts it in an
// exam for a new class; two students join with the invite code and take the
// exam (one full marks, one the near miss); the class board ranks them; the
// instructor reads the per-check pass rates and downloads the grades CSV.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";

test.describe.configure({ timeout: 240_000 });

const stamp = Date.now().toString(36);
const slug = `application-design-and-build/e2e-web-${stamp}`;
const title = `Run a labelled web pod ${stamp}`;
const solution = "kubectl run web --image=nginx:1.27 --labels=app=web";
const nearMiss = "kubectl run web --image=nginx:1.27";

const taskYaml = (uuid: string, failsCheck: string) => `uuid: ${uuid}
id: ${slug}
title: ${title}
domain: Application Design and Build
points: 4
suggestedMinutes: 3
difficulty: easy
tags: [pod, labels]
prompt: |
  Create a pod \`web\` in namespace \`default\` running \`nginx:1.27\`, labelled \`app=web\`.
checks:
  - id: pod-running
    name: Pod web runs nginx:1.27
    points: 2
    expect:
      kind: Pod
      namespace: default
      name: web
      match:
        spec:
          containers:
            - image: nginx:1.27
        status:
          phase: Running
  - id: pod-labelled
    name: Pod web is labelled app=web
    points: 2
    expect:
      kind: Pod
      namespace: default
      name: web
      match:
        metadata:
          labels:
            app: web
solution:
  transcript: |
    ${solution}
nearMisses:
  - description: forgot the label
    transcript: |
      ${nearMiss}
    failsChecks: [${failsCheck}]
explanation: |
  \`kubectl run NAME --image=IMAGE --labels=KEY=VALUE\` creates one labelled pod.
`;

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

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText(/\S/);
  await expect(page).not.toHaveURL(/\/signin/);
}

async function signUp(page: Page, name: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`${name.toLowerCase().replace(/\W+/g, ".")}.${stamp}@example.com`);
  await page.getByLabel("Password").fill("practice-makes-perfect");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${name}!` })).toBeVisible();
}

/** A student joins with the code, takes the class's exam answering with `transcript`, and waits for the grade. */
async function takeExam(browser: Browser, name: string, code: string, transcript: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, name);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" }).click();
  await page.getByLabel("Invite code").fill(code.toLowerCase().replace("-", " ")); // typed loosely: case and dash do not matter
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Welcome to" })).toBeVisible();
  const exam = page.getByTestId("class-exam").filter({ hasText: `Week 1 quiz ${stamp}` });
  await expect(exam.getByText("Open now")).toBeVisible();
  await exam.getByRole("button", { name: /^Start exam/ }).click();
  await expect(page.getByTestId("countdown")).toHaveText(/^\d+:\d\d(:\d\d)?$/);
  await expect(page.locator("#task-heading")).toContainText(title);
  await page.getByRole("tab", { name: "Shell transcript" }).click();
  await pasteIntoEditor(page, transcript);
  await expect(page.getByTestId("save-status").first()).toHaveText(/^Saved · /, { timeout: 10_000 });
  await page.getByRole("button", { name: "Finish exam" }).click();
  await page.getByRole("button", { name: "Finish and grade" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/results$/);
  await expect(page.getByTestId("exam-summary").locator(".verdict-text")).toHaveText(/^(Passed|Not passed)$/, { timeout: 60_000 });
  return page;
}

test("an instructor authors, validates and publishes a task, runs a class exam, and reads its pass rates and CSV", async ({ page, browser }, testInfo) => {
  const shot = async (p: Page, name: string) => {
    await p.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
    await testInfo.attach(name, { path: testInfo.outputPath(`${name}.png`), contentType: "image/png" });
  };
  await signIn(page, "instructor@kubedojo.local", "kubedojo-instructor");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructor" }).click();
  await expect(page.getByRole("heading", { name: "Instructor", level: 1 })).toBeVisible();

  // A class, and its invite code.
  await page.getByLabel("New class").fill(`CKAD e2e ${stamp}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: `CKAD e2e ${stamp}`, level: 1 })).toBeVisible();
  const code = (await page.getByTestId("invite-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  // A new task: its near miss names the wrong check.
  await page.goto("/instructor");
  await page.getByRole("button", { name: "New task" }).click();
  await expect(page).toHaveURL(/\/instructor\/tasks\/[0-9a-f-]{36}$/);
  const uuid = page.url().split("/").pop()!;
  await expect(page.locator(".cm-content")).toContainText(`uuid: ${uuid}`);
  await pasteIntoEditor(page, taskYaml(uuid, "pod-running"));
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled(); // only a validated text is published
  await page.getByRole("button", { name: "Validate" }).click();
  const status = page.getByTestId("authoring-status");
  await expect(status).toContainText("Does not validate", { timeout: 60_000 });
  const problem = page.getByTestId("problem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute("data-path", "nearMisses[0]");
  await expect(problem).toContainText("should fail [pod-running] but fails [pod-labelled]");
  // The problem leads to its field: the editor's cursor lands on the near miss.
  await problem.getByRole("button").click();
  await expect(page.locator(".cm-activeLine")).toContainText("- description: forgot the label");
  await shot(page, "authoring-problem");

  // Fixed, validated, published.
  await pasteIntoEditor(page, taskYaml(uuid, "pod-labelled"));
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(status).toContainText("Valid:", { timeout: 60_000 });
  await expect(problem).toHaveCount(0);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(status).toContainText("Published as version 1", { timeout: 60_000 });
  await expect(page.getByRole("link", { name: slug })).toBeVisible();
  // The page around the editor follows: the title and the preview are the published text's.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".preview")).toContainText("labelled `app=web`".replace(/`/g, ""));

  // An exam of it, opened to the class now.
  await page.goto("/instructor/exams/new");
  await page.getByLabel("Title").fill(`Week 1 quiz ${stamp}`);
  await page.getByLabel("Duration (minutes)").fill("30");
  await page.getByLabel("Pass mark (%)").fill("75");
  await page.getByRole("checkbox", { name: new RegExp(title) }).check();
  await page.getByLabel("Class", { exact: true }).selectOption({ label: `CKAD e2e ${stamp}` });
  await page.getByRole("button", { name: "Compose exam" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is scheduled for the class" })).toContainText(`Week 1 quiz ${stamp}`);
  await expect(page.getByRole("row", { name: new RegExp(`Week 1 quiz ${stamp}`) }).getByText("Open now")).toBeVisible();

  // Two students: full marks, and the near miss (half the points).
  const ada = await takeExam(browser, "Ada Full", code, solution);
  await expect(ada.getByTestId("exam-summary").locator(".verdict-score")).toHaveText("100%");
  const bob = await takeExam(browser, "Bob Half", code, nearMiss);
  await expect(bob.getByTestId("exam-summary").locator(".verdict-score")).toHaveText("50%");

  // Bob on the class board: second, below Ada (shown to him as Anonymous, as she chose nothing).
  await bob.goto("/leaderboards");
  await bob.getByRole("link", { name: `Week 1 quiz ${stamp}` }).click();
  const rows = bob.getByTestId("board-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-rank", "1");
  await expect(rows.nth(0)).toContainText("Anonymous");
  await expect(rows.nth(1)).toHaveAttribute("data-rank", "2");
  await expect(rows.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(rows.nth(1)).toContainText("You");
  await expect(rows.nth(1)).toContainText("50%");
  await shot(bob, "class-board-student");
  await bob.goto("/progress");
  await expect(bob.getByTestId("streak")).toContainText("1 day");
  await shot(bob, "progress");

  // The instructor: attempts, per-check pass rates, the board with real names, the CSV.
  await page.goto("/instructor");
  await page.getByRole("link", { name: `CKAD e2e ${stamp}` }).click();
  // (the instructor's home links the exam too: click the class page's link once it is there)
  await expect(page.getByRole("heading", { name: `CKAD e2e ${stamp}`, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: `Week 1 quiz ${stamp}` }).click();
  await expect(page.getByTestId("window-attempts").getByRole("row")).toHaveCount(3);
  await expect(page.locator('[data-testid="check-rate"][data-check="pod-running"] [data-testid="check-rate-percent"]')).toHaveText("100%");
  await expect(page.locator('[data-testid="check-rate"][data-check="pod-labelled"] [data-testid="check-rate-percent"]')).toHaveText("50%");
  await expect(page.getByTestId("hardest-checks")).toContainText("Pod web is labelled app=web");
  await shot(page, "window-report");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download grades (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ckad-e2e-[a-z0-9]+-week-1-quiz-[a-z0-9]+-grades\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toMatch(/^name,email,started_at_utc,closed_at_utc,close_reason,time_used_seconds,score,max_score,percent,passed,/);
  expect(lines).toHaveLength(3);
  expect(lines.find((l) => l.startsWith("Ada Full,"))).toMatch(/,100,true,4$/);
  expect(lines.find((l) => l.startsWith("Bob Half,"))).toMatch(/,50,false,2$/);

  await page.getByRole("link", { name: "Class leaderboard" }).click();
  await expect(page.getByTestId("board-row").nth(0)).toContainText("Ada Full");
  await expect(page.getByTestId("board-row").nth(1)).toContainText("Bob Half");
  await page.goto("/instructor");
  await page.getByRole("link", { name: `CKAD e2e ${stamp}` }).click();
  await expect(page.getByTestId("members-count")).toHaveText("1–2 of 2");
  await shot(page, "class-page");

  // Removing a member: the members table is one form, the clicked button names who goes.
  await page.getByRole("button", { name: "Remove Bob Half from the class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed from the class" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Bob Half from the class" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove Ada Full from the class" })).toBeVisible();

  // Editing the exam with the form that composed it: a new version, ordered as numbered; the taken attempts keep version 1.
  await page.goto("/instructor");
  await page.getByRole("link", { name: `Week 1 quiz ${stamp}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Week 1 quiz ${stamp}`);
  await expect(page.getByTestId("exam-settings")).toContainText("30 min · pass 75% · 1 task");
  await page.getByRole("link", { name: "Edit the exam" }).click();
  await page.getByLabel("Title", { exact: true }).fill(`Week 1 quiz ${stamp} revised`);
  await page.getByLabel("Duration (minutes)").fill("45");
  await page.getByLabel("Pass mark (%)").fill("80");
  const added = page.locator(".task-picker-domain ul .task-picker-row").first();
  const addedTitle = (await added.locator(".check-label > span").first().textContent())!.trim();
  await added.getByRole("checkbox").check();
  await added.getByRole("spinbutton").fill("1");
  await page.getByLabel(`Position of ${title}`).fill("2");
  await page.getByRole("button", { name: "Save the exam" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Week 1 quiz ${stamp} revised`);
  await expect(page.getByTestId("exam-settings")).toContainText("45 min · pass 80% · 2 tasks");
  await expect(page.getByTestId("exam-settings")).toContainText("version 2");
  const examTasks = page.getByTestId("exam-tasks").getByRole("listitem");
  await expect(examTasks).toHaveCount(2);
  await expect(examTasks.nth(0)).toContainText(addedTitle);
  await expect(examTasks.nth(1)).toContainText(title);
  await expect(page.locator('[data-testid="exam-version"][data-version="1"] [data-testid="version-attempts"]')).toHaveText("2");
  await expect(page.locator('[data-testid="exam-version"][data-version="2"] [data-testid="version-attempts"]')).toHaveText("0");
  await shot(page, "exam-edited");
});

test("the instructor's pages are not there for a student, and work without JavaScript", async ({ browser }) => {
  const student = await browser.newContext();
  const page = await student.newPage();
  await signIn(page, "student@kubedojo.local", "kubedojo-student");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructor" })).toHaveCount(0);
  for (const path of ["/instructor", "/instructor/exams/new", "/admin/users"]) {
    const response = await page.goto(path);
    expect([path, response!.status()]).toEqual([path, 404]);
  }
  const csv = await page.request.get("/api/instructor/windows/nope/grades");
  expect(csv.status()).toBe(404);

  // Without JavaScript: the progress chart is an SVG in the page, the join form a plain form.
  // (Signing in itself needs JavaScript: the session comes along from the first context.)
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await student.storageState() });
  const noJs = await plain.newPage();
  await noJs.goto("/progress");
  await expect(noJs.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await noJs.goto("/classes/join?code=00000-00000");
  await noJs.getByRole("button", { name: "Join" }).click();
  await expect(noJs.getByRole("alert")).toContainText("No class has this invite code");

  // The task editor without JavaScript: a plain textarea, and Validate still answers on the page.
  const teacher = await browser.newContext();
  await signIn(await teacher.newPage(), "instructor@kubedojo.local", "kubedojo-instructor");
  const plainTeacher = await browser.newContext({ javaScriptEnabled: false, storageState: await teacher.storageState() });
  const editor = await plainTeacher.newPage();
  await editor.goto("/instructor");
  await editor.getByRole("button", { name: "New task" }).click();
  await expect(editor.getByLabel("task.yaml")).toHaveValue(/^uuid: [0-9a-f-]{36}\nid: /);
  await editor.getByRole("button", { name: "Validate" }).click();
  await expect(editor.getByTestId("authoring-status")).toContainText("Valid:", { timeout: 60_000 });
});
