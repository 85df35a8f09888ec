// The parse tree of kubectl's JSONPath dialect (client-go util/jsonpath/node.go).

export interface SliceParam {
  value: number;
  known: boolean;
  /** The end of `[i]` is i+1, derived rather than typed. */
  derived: boolean;
}

export type JsonPathNode =
  | ListNode
  | { type: "text"; text: string }
  | { type: "field"; value: string }
  | { type: "identifier"; name: string }
  | { type: "array"; params: [SliceParam, SliceParam, SliceParam] }
  | { type: "filter"; left: ListNode; right: ListNode; operator: string }
  | { type: "int"; value: number }
  | { type: "float"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "wildcard" }
  | { type: "recursive" }
  | { type: "union"; nodes: ListNode[] };

export interface ListNode {
  type: "list";
  nodes: JsonPathNode[];
}

export const newList = (): ListNode => ({ type: "list", nodes: [] });
