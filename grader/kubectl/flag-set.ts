// The flags one command accepts: its own, the root's persistent (global) flags it
// inherits unless it redefines the name, and cobra's -h/--help.
import type { CommandSpec, FlagSpec } from "./command-spec";
import { globalFlags } from "./command-table";

const helpFlag: FlagSpec = { name: "help", shorthand: "h", type: "bool", defaultValue: "false" };

export class FlagSet {
  readonly byName = new Map<string, FlagSpec>();
  readonly byShorthand = new Map<string, FlagSpec>();

  constructor(specs: FlagSpec[]) {
    for (const spec of specs) {
      if (this.byName.has(spec.name)) continue;
      this.byName.set(spec.name, spec);
      if (spec.shorthand && !this.byShorthand.has(spec.shorthand)) this.byShorthand.set(spec.shorthand, spec);
    }
  }

  /** pflag's NoOptDefVal: the value a flag takes when given bare (bools take "true"). */
  static noOptDefault(spec: FlagSpec | undefined): string {
    if (!spec) return "";
    return spec.noOptDefault ?? (spec.type === "bool" ? "true" : "");
  }

  hasNoOptDefault(name: string): boolean {
    return FlagSet.noOptDefault(this.byName.get(name)) !== "";
  }

  shorthandHasNoOptDefault(shorthand: string): boolean {
    if (shorthand === "") return false;
    return FlagSet.noOptDefault(this.byShorthand.get(shorthand.slice(0, 1))) !== "";
  }
}

const cache = new WeakMap<CommandSpec, FlagSet>();

/** Local flags first so they shadow the global ones (`config set-context --namespace` has no -n). */
export function flagSetOf(command: CommandSpec): FlagSet {
  let set = cache.get(command);
  if (!set) {
    set = new FlagSet([...command.flags, helpFlag, ...globalFlags]);
    cache.set(command, set);
  }
  return set;
}
