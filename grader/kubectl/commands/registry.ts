// Every kubectl command the simulation runs, by canonical command path
// (`get`, `create deployment`, `rollout status`). Helpers adding a command
// add one line here and one file beside this one.
import type { CommandHandler } from "./command";
import { helpCommand } from "./help";
import { optionsCommand } from "./options";
import { explainCommand } from "./explain";
import { eventsCommand } from "./events";
import { getCommand } from "./get";
import { applyCommand } from "./apply";
import { createFromFilesCommand, createGeneratorCommand } from "./create";
import { deleteCommand } from "./delete";
import { describeCommand } from "./describe";
import { annotateCommand, labelCommand } from "./label-annotate";
import { apiResourcesCommand } from "./api-resources";
import { apiVersionsCommand } from "./api-versions";
import { versionCommand } from "./version";
import { clusterInfoCommand } from "./cluster-info";
import { topCommand } from "./top";
import { authCanICommand } from "./auth";
import { configCurrentContextCommand, configGetContextsCommand, configUseContextCommand, configViewCommand } from "./config";
import { taintCommand } from "./taint";
import { patchCommand } from "./patch";
import { replaceCommand } from "./replace";
import { waitCommand } from "./wait";
import { logsCommand } from "./logs";
import { execCommand } from "./exec";
import { editCommand } from "./edit";
import { cordonCommand, uncordonCommand } from "./cordon";
import { drainCommand } from "./drain";
import { scaleCommand } from "./scale";
import { setImageCommand } from "./set/image";
import { runCommand } from "./run";
import { exposeCommand } from "./expose";
import { autoscaleCommand } from "./autoscale";
import { setEnvCommand } from "./set/env";
import { setResourcesCommand } from "./set/resources";
import { setServiceAccountCommand } from "./set/serviceaccount";
import { setSelectorCommand } from "./set/selector";
import { rolloutHistoryCommand, rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand, rolloutStatusCommand, rolloutUndoCommand } from "./rollout";

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
  "create secret tls": createGeneratorCommand,
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
  "create ingress": createGeneratorCommand,
  delete: deleteCommand,
  describe: describeCommand,
  label: labelCommand,
  annotate: annotateCommand,
  "api-resources": apiResourcesCommand,
  "api-versions": apiVersionsCommand,
  version: versionCommand,
  "cluster-info": clusterInfoCommand,
  "top pod": topCommand,
  "top node": topCommand,
  "auth can-i": authCanICommand,
  "config view": configViewCommand,
  "config get-contexts": configGetContextsCommand,
  "config current-context": configCurrentContextCommand,
  "config use-context": configUseContextCommand,
  taint: taintCommand,
  patch: patchCommand,
  replace: replaceCommand,
  wait: waitCommand,
  logs: logsCommand,
  exec: execCommand,
  edit: editCommand,
  cordon: cordonCommand,
  uncordon: uncordonCommand,
  drain: drainCommand,
  scale: scaleCommand,
  "set image": setImageCommand,
  run: runCommand,
  expose: exposeCommand,
  autoscale: autoscaleCommand,
  "set env": setEnvCommand,
  "set resources": setResourcesCommand,
  "set serviceaccount": setServiceAccountCommand,
  "set selector": setSelectorCommand,
  "rollout history": rolloutHistoryCommand,
  "rollout pause": rolloutPauseCommand,
  "rollout resume": rolloutResumeCommand,
  "rollout restart": rolloutRestartCommand,
  "rollout status": rolloutStatusCommand,
  "rollout undo": rolloutUndoCommand,
  explain: explainCommand,
  events: eventsCommand,
  help: helpCommand,
  options: optionsCommand,
};
