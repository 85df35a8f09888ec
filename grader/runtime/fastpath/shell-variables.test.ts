// Which variable forms the fast path takes: only those that cannot fail or depend on the environment.
import { describe, expect, it } from "vitest";
import { parse } from "just-bash";
import { isFastPathScript } from "./supported";

const env = { GREETING: "hi  there", count: "7" };

describe("shell variables on the fast path", () => {
  it.each([
    ["i=0; while true; do i=$((i+1)); echo \"order $i\" >> /tmp/log; sleep 5; done", true],
    ["a=3; echo $(( (a + 2) * -4 )) $((u+1))", true],
    ["x=; msg='a b'; echo $x $msg", true],
    ["i=$GREETING; echo $((i+1))", false], // arithmetic over text: just-bash evaluates (or rejects) it
    ["i=abc; echo $((i+1))", false],
    ["i=010; echo $((i+1))", false], // octal in bash
    ["echo $((count+1))", false], // a variable from the environment may hold anything
    ["count=1; echo $count", false], // assigning an exported variable changes what children see
    ["PATH=/x; echo $PATH", false], // uppercase names include IFS, PATH, RANDOM…
    ["i=$((i/2))", false], // division can fail (by zero)
    ["i=$((i<<1))", false],
    ["x=$(date)", false], // its status would be the substitution's
    ["x='*'; echo $x", false], // a later unquoted $x would glob
    ["x+=1", false],
    ["x=1 echo $x", false], // an assignment for one command
    ["x=1 > /tmp/f", false],
  ])("%s → fast path %s", (script, fast) => {
    expect(isFastPathScript(parse(script), new Set(), env)).toBe(fast);
  });
});
