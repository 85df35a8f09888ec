// Field paths as field.Path prints them: `spec.containers[0].name`, `data[key]`.

export function child(path: string, ...names: string[]): string {
  return [path, ...names].filter((p) => p !== "").join(".");
}

export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}
