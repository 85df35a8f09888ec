// kubectl's client side: argument parsing, client-side generators and output printers.
export { parseKubectlArgs, type ParsedCommand } from "./parse-args";
export { isUsageError, type KubectlUsageError } from "./usage-error";
export type { FlagValue } from "./flag-values";
export { generateObject, hasGenerator, type GeneratorContext } from "./generators";
export { printObjects, resourceName, type PrintOptions } from "./output/print-objects";
export { toYaml } from "./output/yaml";
export { toJson } from "./output/json";
export { runKubectl } from "./run";
export type { KubectlIO, KubectlResult, CommandHandler } from "./commands/command";
