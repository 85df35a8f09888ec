export { ObjectStore, type StoreSnapshot } from "./object-store";
export { deepCopyJson, deepFreeze, freezeAndCopy } from "./deep-copy";
