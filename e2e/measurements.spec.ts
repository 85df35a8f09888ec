// Two numbers of issue 7, measured in the browser against the production build
// on loopback and attached to the report: the JavaScript the exam page loads,
// and the autosave round trip. Loose bounds, so a regression fails loudly.
import { expect, test } from "@playwright/test";

test("the exam page's JavaScript weight and the autosave round trip", async ({ page }, testInfo) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Mea Surer");
  await page.getByLabel("Email").fill(`measure-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("measure-twice-cut-once");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back, Mea Surer!" })).toBeVisible();

  await page.goto("/exams");
  await page.getByRole("button", { name: /^Start exam/ }).first().click();
  await expect(page.getByTestId("countdown")).toBeVisible();
  await page.reload({ waitUntil: "networkidle" });

  const weight = await page.evaluate(() => {
    const scripts = performance.getEntriesByType("resource").filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"));
    const transfer = scripts.reduce((s, e) => s + (e as PerformanceResourceTiming).encodedBodySize, 0);
    const decoded = scripts.reduce((s, e) => s + (e as PerformanceResourceTiming).decodedBodySize, 0);
    const fields = performance.getEntriesByType("resource").find((e) => e.name.includes("/api/kubernetes/fields")) as PerformanceResourceTiming | undefined;
    return { files: scripts.length, transferKB: transfer / 1024, decodedKB: decoded / 1024, fieldsKB: (fields?.encodedBodySize ?? 0) / 1024, fieldsDecodedKB: (fields?.decodedBodySize ?? 0) / 1024 };
  });

  const url = await page.evaluate(() => {
    const pill = document.querySelector<HTMLAnchorElement>(".task-pill");
    return pill ? window.location.pathname : "";
  });
  const attemptId = url.split("/").pop()!;
  const state = await page.request.get(`/api/attempts/${attemptId}`);
  expect(state.ok()).toBe(true);

  // The first task's id, from the page's own save URL; then 200 sequential saves as the editor sends them.
  await page.locator(".cm-content").first().click();
  await page.keyboard.type("a");
  const save = await page.waitForRequest((r) => r.method() === "PUT" && r.url().includes("/answers/"));
  const saveUrl = new URL(save.url()).pathname;
  await page.waitForResponse((r) => r.url().endsWith(saveUrl));
  const timings = await page.evaluate(async (target) => {
    let revision = (await (await fetch(target, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ form: "MANIFESTS", content: "warm-up" }) })).json()).revision as number;
    const ms: number[] = [];
    for (let i = 0; i < 200; i++) {
      const content = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n`.repeat(20);
      const t0 = performance.now();
      const r = await fetch(target, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ form: "MANIFESTS", content, revision }) });
      revision = (await r.json()).revision;
      ms.push(performance.now() - t0);
    }
    return ms.sort((a, b) => a - b);
  }, saveUrl);
  const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))];
  const report = {
    examPageJs: { files: weight.files, transferKB: Math.round(weight.transferKB), decodedKB: Math.round(weight.decodedKB) },
    kubernetesFieldsJson: { transferKB: Math.round(weight.fieldsKB * 10) / 10, decodedKB: Math.round(weight.fieldsDecodedKB) },
    autosaveRoundTripMs: { n: timings.length, p50: +pct(50).toFixed(1), p95: +pct(95).toFixed(1), p99: +pct(99).toFixed(1), max: +timings.at(-1)!.toFixed(1) },
  };
  console.log(JSON.stringify(report));
  const { writeFileSync } = await import("node:fs");
  writeFileSync(testInfo.outputPath("measurements.json"), JSON.stringify(report, null, 2));
  await testInfo.attach("measurements.json", { path: testInfo.outputPath("measurements.json"), contentType: "application/json" });
  // Latency budgets live in `npm run bench` (the HTTP load run); a page-weight budget is not timing and can hold here.
  expect(report.examPageJs.transferKB).toBeLessThan(600);
});
