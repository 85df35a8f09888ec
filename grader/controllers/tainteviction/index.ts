export { TaintEvictionController, taintEvictionControllerName, taintManagerEvictionReason, disruptionTargetCondition } from "./controller";
