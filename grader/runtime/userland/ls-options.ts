// `ls` command-line options as GNU coreutils and busybox accept them. Output is
// never a terminal here (kubectl exec without -t, a pipe, a transcript), so the
// default format is one name per line and there are no colours.
import type { UserlandKind } from "./context";

export interface LsOptions {
  /** -a shows every name, -A all but . and .., neither hides dotfiles. */
  hidden: "none" | "almost-all" | "all";
  long: boolean;
  /** -g (GNU, busybox) drops the owner column, -o and -G (GNU) the group. */
  showOwner: boolean;
  showGroup: boolean;
  numericIds: boolean;
  directory: boolean;
  recursive: boolean;
  sort: "name" | "time" | "size";
  reverse: boolean;
  human: boolean;
  blocks: boolean;
  /** -p appends "/" to directories; -F also "*" to executables, "@" to links, "|" to fifos, "=" to sockets. */
  indicator: "none" | "slash" | "classify";
  /** -H follows symlinks named on the command line, -L every symlink. */
  follow: "default" | "command-line" | "always";
  operands: string[];
}

export type ParsedLsOptions = { ok: true; options: LsOptions } | { ok: false; stderr: string; exitCode: number };

// Every option letter each implementation accepts (busybox: the docker-library build's); those with an argument.
const gnuLetters = new Set("abcdfghiklmnopqrstuvwxABCDFGHILNQRSTUXZ1");
const busyboxLetters = new Set("CadilgnsxAkFpRQctuSXrvLHhTw1");
const takesArgument: Record<UserlandKind, Set<string>> = { gnu: new Set("wIT"), busybox: new Set("Tw") };

const gnuLongOptions: Record<string, string> = {
  "--all": "a",
  "--almost-all": "A",
  "--directory": "d",
  "--human-readable": "h",
  "--recursive": "R",
  "--reverse": "r",
  "--classify": "F",
  "--numeric-uid-gid": "n",
  "--dereference": "L",
  "--size": "s",
};
/** Long options accepted and without effect on a non-terminal. */
const ignoredLongOptions: Record<UserlandKind, string[]> = { gnu: ["--color"], busybox: ["--color", "--group-directories-first"] };

function invalid(userland: UserlandKind, message: string): ParsedLsOptions {
  return userland === "gnu"
    ? { ok: false, stderr: `ls: ${message}\nTry 'ls --help' for more information.\n`, exitCode: 2 }
    : { ok: false, stderr: `ls: ${message}\n`, exitCode: 1 };
}

/** Options may follow operands (getopt permutes) until "--". */
export function parseLsOptions(args: string[], userland: UserlandKind): ParsedLsOptions {
  const o: LsOptions = {
    hidden: "none",
    long: false,
    showOwner: true,
    showGroup: true,
    numericIds: false,
    directory: false,
    recursive: false,
    sort: "name",
    reverse: false,
    human: false,
    blocks: false,
    indicator: "none",
    follow: "default",
    operands: [],
  };
  const letters = userland === "gnu" ? gnuLetters : busyboxLetters;
  let timeShown = false;
  // GNU: the last of -l/-1 (and -n/-g/-o, which imply -l) wins; busybox: -l, -n and -g win over -1.
  const apply = (c: string) => {
    switch (c) {
      case "a":
        o.hidden = "all";
        break;
      case "A":
        if (userland === "gnu" || o.hidden !== "all") o.hidden = "almost-all";
        break;
      case "l":
        o.long = true;
        break;
      case "1":
        if (userland === "gnu") o.long = false;
        break;
      case "n":
        o.numericIds = true;
        o.long = true;
        break;
      case "g":
        o.showOwner = false;
        o.long = true;
        break;
      case "o":
        o.showGroup = false;
        o.long = true;
        break;
      case "G":
        o.showGroup = false;
        break;
      case "d":
        o.directory = true;
        break;
      case "R":
        o.recursive = true;
        break;
      case "t":
        o.sort = "time";
        break;
      case "S":
        o.sort = "size";
        break;
      case "r":
        o.reverse = true;
        break;
      case "h":
        o.human = true;
        break;
      case "s":
        o.blocks = true;
        break;
      case "p":
        // GNU keeps the last of -p/-F; busybox lets -F win.
        if (userland === "gnu" || o.indicator !== "classify") o.indicator = "slash";
        break;
      case "F":
        o.indicator = "classify";
        break;
      case "H":
        o.follow = "command-line";
        break;
      case "L":
        o.follow = "always";
        break;
      case "c":
      case "u":
        timeShown = true;
        break;
    }
  };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (optionsEnded || a === "-" || !a.startsWith("-")) {
      o.operands.push(a);
      continue;
    }
    if (a === "--") {
      optionsEnded = true;
      continue;
    }
    if (a.startsWith("--")) {
      const name = a.split("=")[0];
      if (ignoredLongOptions[userland].includes(name)) continue;
      const letter = userland === "gnu" ? gnuLongOptions[name] : undefined;
      if (letter === undefined) return invalid(userland, `unrecognized option '${a}'`);
      apply(letter);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (!letters.has(c)) return invalid(userland, `invalid option -- '${c}'`);
      if (takesArgument[userland].has(c)) {
        if (j === a.length - 1) i++;
        break;
      }
      apply(c);
    }
  }
  // Only modification times are modelled (ctime and atime equal them), but bare -c/-u still sort by time.
  if (timeShown && !o.long && o.sort === "name") o.sort = "time";
  return { ok: true, options: o };
}
