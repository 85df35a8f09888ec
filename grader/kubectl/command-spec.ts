// The shape of kubectl's cobra command tree and pflag flags, as data: the table in
// command-table.ts is generated from the real kubectl v1.34 binary.

/** pflag value types kubectl's commands use; `level` is klog's -v (an integer). */
export type FlagType = "bool" | "string" | "int" | "float" | "duration" | "stringSlice" | "stringArray" | "map" | "level";

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** The default as `--help` prints it (`[]` for an empty list). */
  defaultValue: string;
  /** Value used when the flag is given without one (`--dry-run` → "unchanged"); bools imply "true". */
  noOptDefault?: string;
  /** pflag prints `Flag --x has been deprecated, <this>` when the flag is used. */
  deprecated?: string;
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  /** Flags cobra checks after parsing (`required flag(s) "image" not set`). */
  requiredFlags?: string[];
  flags: FlagSpec[];
  subcommands?: CommandSpec[];
}
