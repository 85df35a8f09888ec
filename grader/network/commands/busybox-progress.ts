// The status line busybox wget prints when stderr is not a terminal
// (libbb/progress.c bb_progress_update; terminal width 80 → a 32-star bar).

/** smart_ulltoa5: a size in 5 columns, scaled with k/M/G past 99999. */
export function smartSize5(bytes: number): string {
  if (bytes <= 99999) return String(bytes).padStart(5, " ");
  let v = bytes * 10;
  let idx = 0;
  do {
    v = Math.floor(v / 1024);
    idx++;
  } while (v >= 100000);
  const u = Math.floor(v / 10);
  const tenth = v % 10;
  const scale = " kMGTPEZY"[idx];
  if (u >= 100) return `${String(u).padStart(4, " ")}${scale}`;
  return `${String(u).padStart(2, " ")}.${tenth}${scale}`;
}

/** The completed download's line: name, 100%, full bar, size, ETA. */
export function progressLine(fileName: string, bytes: number): string {
  const name = fileName.slice(0, 20).padEnd(20, " ");
  return `${name} 100% |${"*".repeat(32)}| ${smartSize5(bytes)}  0:00:00 ETA\n`;
}
