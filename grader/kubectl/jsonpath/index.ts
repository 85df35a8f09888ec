export { JsonPath, JsonPathExecutionError, type JsonPathOptions } from "./jsonpath";
export { JsonPathParseError, parseJsonPath } from "./parser";
export { formatGoSyntax, formatGoValue, marshalGoJson, type NumberDecoding } from "./go-values";
