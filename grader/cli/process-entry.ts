// The `kubesim` process: real stdin/stdout/stderr around runKubesim.
import { readFileSync } from "node:fs";
import { runKubesim } from "./main";

const code = await runKubesim(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  readStdin: () => (process.stdin.isTTY ? "" : readFileSync(0, "utf8")),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
