// Every nginx container of a Deployment reads the same files at start. A load
// is a pure function of what it asks its source (node kinds, file texts,
// directory listings, resolved names), so a load whose questions get the same
// answers as an earlier one's returns that load's result: the answers are
// checked again, one by one, and only the parse is skipped. The containers
// share the configuration object: nothing after the load writes to it (http.ts
// only reads it; round-robin positions live in each server's own state). It is
// not frozen, as frozen arrays and objects made every request ~30% slower.
import type { ContainerFs } from "../../vfs/container-fs";
import { FsError } from "../../vfs/fs-error";
import { liveSource, loadNginxConfigFrom, type ConfSource, type HostResolver, type LoadResult } from "./conf";

/** One question a load asked, with the answer it got (a thrown FsError by its code). */
interface Answer {
  ask: keyof ConfSource;
  arg: string;
  value: string | undefined;
  threw?: string;
}

interface Recorded {
  answers: Answer[];
  result: LoadResult;
}

const maxKeys = 64;
const maxPerKey = 4;
const recorded = new Map<string, Recorded[]>();

function answerOf(fn: () => string | string[] | undefined): Omit<Answer, "ask" | "arg"> {
  try {
    const v = fn();
    return { value: Array.isArray(v) ? v.join("\0") : v };
  } catch (e) {
    return { value: undefined, threw: e instanceof FsError ? e.code : "error" };
  }
}

/** The live source, noting every answer it gives (and rethrowing what it throws). */
function recordingSource(live: ConfSource, answers: Answer[]): ConfSource {
  const note = <T extends string | string[] | undefined>(ask: keyof ConfSource, arg: string, fn: () => T): T => {
    let out: T;
    try {
      out = fn();
    } catch (e) {
      answers.push({ ask, arg, value: undefined, threw: e instanceof FsError ? e.code : "error" });
      throw e;
    }
    answers.push({ ask, arg, value: Array.isArray(out) ? out.join("\0") : out });
    return out;
  };
  return {
    kind: (path) => note("kind", path, () => live.kind(path)),
    readFile: (path) => note("readFile", path, () => live.readFile(path)),
    readdir: (dir) => note("readdir", dir, () => live.readdir(dir)),
    resolve: (host) => note("resolve", host, () => live.resolve(host)),
  };
}

function sameAnswers(live: ConfSource, answers: Answer[]): boolean {
  for (const a of answers) {
    const now = answerOf(() => (a.ask === "resolve" ? live.resolve(a.arg) : live[a.ask](a.arg)));
    if (now.value !== a.value || now.threw !== a.threw) return false;
  }
  return true;
}

/** loadNginxConfig, answered from an earlier load when every question gets the same answer again. */
export function loadNginxConfigCached(fs: ContainerFs, path: string, resolve: HostResolver, globals = ""): LoadResult {
  const live = liveSource(fs, resolve);
  const key = `${path}\0${globals}`;
  const earlier = recorded.get(key) ?? [];
  for (const r of earlier) if (sameAnswers(live, r.answers)) return r.result;
  const answers: Answer[] = [];
  const result = loadNginxConfigFrom(recordingSource(live, answers), path, globals);
  if (earlier.length >= maxPerKey) earlier.shift();
  earlier.push({ answers, result });
  recorded.delete(key);
  if (recorded.size >= maxKeys) recorded.delete(recorded.keys().next().value!);
  recorded.set(key, earlier);
  return result;
}
