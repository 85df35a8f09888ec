// `npx tsx grader/runtime/runtime.bench.ts`: the cost of container processes on
// the virtual clock with the fast path. Prints medians; target ≪ 5 ms each.
//  1. a container writing a line every 5 s over 5 virtual minutes;
//  2. an exec probe `cat /tmp/healthy` every 10 s over 5 virtual minutes.
import { pullImage } from "./images/catalog";
import { startContainer, type ContainerProcess } from "./container";
import { ManualClock } from "./testing/manual-clock";
import { median } from "../bench/stats";

const fiveMinutes = 5 * 60 * 1000;


function busybox(clock: ManualClock, script: string): ContainerProcess {
  const pulled = pullImage("busybox");
  if (!pulled.ok) throw new Error(pulled.message);
  const started = startContainer({ image: pulled.image, command: ["sh", "-c", script], clock });
  if (!started.ok) throw new Error(started.message);
  return started.container;
}

function periodicWriter(): number {
  const clock = new ManualClock();
  const t0 = performance.now();
  const c = busybox(clock, "while true; do date >> /tmp/app.log; sleep 5; done");
  clock.runUntil(clock.now() + fiveMinutes);
  const ms = performance.now() - t0;
  if (c.shellPathTaken !== "fast" || c.fs.readFile("/tmp/app.log").split("\n").length !== 62) throw new Error("writer did not run as expected");
  return ms;
}

function execProbe(): number {
  const clock = new ManualClock();
  const c = busybox(clock, "touch /tmp/healthy; sleep 3600");
  const t0 = performance.now();
  let failures = 0;
  for (let t = 10_000; t <= fiveMinutes; t += 10_000) {
    clock.runUntil(Date.UTC(2026, 0, 1) + t);
    const r = c.exec(["cat", "/tmp/healthy"]);
    if (r instanceof Promise || r.exitCode !== 0) failures++;
  }
  const ms = performance.now() - t0;
  if (failures) throw new Error("probe failed");
  return ms;
}

for (const [name, bench] of [["periodic writer (5 s, 5 min)", periodicWriter], ["exec probe cat (10 s, 5 min)", execProbe]] as const) {
  for (let i = 0; i < 50; i++) bench(); // warm up
  const runs = Array.from({ length: 200 }, () => bench());
  console.log(`${name}: median ${median(runs).toFixed(3)} ms over ${runs.length} runs`);
}
