// `script`: a bash verify script on the workstation (Killercoda style); exit
// code 0 passes. The shell runs it, injected as ctx.runScript.
import { failed, passed, type AssertionOutcome, type CheckContext } from "./check-context";

export const scriptUnavailableText = "script checks need the workstation shell, which this grader run does not provide";

export async function runScriptCheck(script: string, ctx: CheckContext): Promise<AssertionOutcome> {
  if (!ctx.runScript) return failed(scriptUnavailableText);
  const exitCode = await ctx.runScript(script);
  return exitCode === 0 ? passed : failed(`the verify script exited with code ${exitCode}, expected 0`);
}
