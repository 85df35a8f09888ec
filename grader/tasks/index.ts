export { taskSchema, defaultHorizonSeconds, type Task } from "./task-schema";
export { examSchema, type Exam } from "./exam-schema";
export { answerSchema, alternativeSchema, nearMissSchema, type Answer, type Alternative, type NearMiss } from "./answer-schema";
export { topologySchema } from "./topology-schema";
export { ckadDomains, ckadDomainNames, domainFolder, type CkadDomain } from "./domains";
export { parseTaskText, parseExamText, type Parsed } from "./parse-task";
export {
  loadTaskBank,
  crossFileProblems,
  taskFileName,
  examsFolder,
  type TaskBank,
  type LoadedTask,
  type LoadedExam,
} from "./load-task-bank";
export { formatProblem, fieldPath, type LoadProblem } from "./load-problem";
export { parseBoundedYaml, maxYamlBytes, maxYamlAliases, maxYamlNodes, type YamlResult } from "./bounded-yaml";
export { generatedJsonSchemas, jsonSchemaFiles } from "./json-schema";
