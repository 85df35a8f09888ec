// Field paths as field.Path prints them: `spec.containers[0].name`, `data[key]`.

// On the hot path of every create: plain concatenation, no intermediate arrays.
export function child(path: string, ...names: string[]): string {
  let out = path;
  for (const n of names) {
    if (n === "") continue;
    out = out === "" ? n : `${out}.${n}`;
  }
  return out;
}

export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}
