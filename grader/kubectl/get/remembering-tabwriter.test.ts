// Expected texts follow liggitt/tabwriter (format() with the RememberWidths flag) at the
// settings of cli-runtime pkg/printers/tabwriter.go: minwidth 6, padding 3, spaces.
import { describe, expect, it } from "vitest";
import { alignTabs } from "../../apiserver/printers/tabwriter";
import { RememberingTabWriter } from "./remembering-tabwriter";

describe("RememberingTabWriter", () => {
  const cases: { name: string; flushes: string[]; want: string[] }[] = [
    {
      name: "a later row with shorter cells keeps the widths of the header flushed before it",
      flushes: ["NAME\tREADY\tSTATUS\tAGE\nweb-1\t0/1\tContainerCreating\t0s\n", "web-1\t1/1\tRunning\t2s\n"],
      want: ["NAME    READY   STATUS              AGE\nweb-1   0/1     ContainerCreating   0s\n", "web-1   1/1     Running             2s\n"],
    },
    {
      name: "a wider cell in a later flush widens its column from then on, earlier output is left as it was",
      flushes: ["NAME\tSTATUS\tAGE\np\tPending\t0s\n", "p\tContainerCreating\t1s\n", "p\tRunning\t3s\n"],
      want: ["NAME   STATUS    AGE\np      Pending   0s\n", "p      ContainerCreating   1s\n", "p      Running             3s\n"],
    },
    {
      name: "a first flush of a single line pads to the minimum width of 6",
      flushes: ["a\tb\tc\n"],
      want: ["a     b     c\n"],
    },
    {
      name: "lines without tabs pass through and an empty flush writes nothing",
      flushes: ["apiVersion: v1\n", ""],
      want: ["apiVersion: v1\n", ""],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const w = new RememberingTabWriter();
      const got = c.flushes.map((text) => {
        w.write(text);
        return w.flush();
      });
      expect(got).toEqual(c.want);
    });
  }

  it("one flush aligns exactly as the table printer's tabwriter does", () => {
    const text = "NAME\tREADY\tSTATUS\nnginx-abc\t1/1\tRunning\nx\t0/1\tPending\n";
    const w = new RememberingTabWriter();
    w.write(text);
    expect(w.flush()).toBe(alignTabs(text));
  });
});
