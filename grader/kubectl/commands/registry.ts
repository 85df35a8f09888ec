// Every kubectl command the simulation runs, by canonical command path
// (`get`, `create deployment`, `rollout status`). Helpers adding a command
// add one line here and one file beside this one.
import type { CommandHandler } from "./command";
import { getCommand } from "./get";
import { applyCommand } from "./apply";
import { createFromFilesCommand, createGeneratorCommand } from "./create";
import { deleteCommand } from "./delete";
import { annotateCommand, labelCommand } from "./label-annotate";

export const commandHandlers: Record<string, CommandHandler> = {
  get: getCommand,
  apply: applyCommand,
  create: createFromFilesCommand,
  "create deployment": createGeneratorCommand,
  "create job": createGeneratorCommand,
  "create cronjob": createGeneratorCommand,
  "create configmap": createGeneratorCommand,
  "create secret generic": createGeneratorCommand,
  "create secret docker-registry": createGeneratorCommand,
  "create serviceaccount": createGeneratorCommand,
  "create namespace": createGeneratorCommand,
  "create quota": createGeneratorCommand,
  "create poddisruptionbudget": createGeneratorCommand,
  "create priorityclass": createGeneratorCommand,
  "create role": createGeneratorCommand,
  "create clusterrole": createGeneratorCommand,
  "create rolebinding": createGeneratorCommand,
  "create clusterrolebinding": createGeneratorCommand,
  "create service clusterip": createGeneratorCommand,
  "create service nodeport": createGeneratorCommand,
  "create service loadbalancer": createGeneratorCommand,
  "create service externalname": createGeneratorCommand,
  delete: deleteCommand,
  label: labelCommand,
  annotate: annotateCommand,
};
