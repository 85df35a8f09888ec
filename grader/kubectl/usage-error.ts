// What kubectl prints to stderr when it refuses a command line before doing anything.

export interface KubectlUsageError {
  kind: "usage-error";
  /** The whole stderr text, newline-terminated, as kubectl v1.34 prints it. */
  stderr: string;
  exitCode: number;
}

/** kubectl's CheckErr prefixes "error: " and ends the message with one newline. */
export function usageError(message: string): KubectlUsageError {
  const text = `error: ${message}`;
  return { kind: "usage-error", stderr: text.endsWith("\n") ? text : `${text}\n`, exitCode: 1 };
}

/** A pflag parse error, as kubectl's FlagErrorFunc wraps it. */
export function flagError(message: string, commandPath: string): KubectlUsageError {
  return usageError(`${message}\nSee '${commandPath} --help' for usage.`);
}

/** cmdutil.UsageErrorf: the command's own complaint about its arguments. */
export function commandUsageError(message: string, commandPath: string): KubectlUsageError {
  return usageError(`${message}\nSee '${commandPath} -h' for help and examples`);
}

export function isUsageError(value: unknown): value is KubectlUsageError {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "usage-error";
}
