export { ObjectStore, type StoreSnapshot } from "./object-store";
export { deepCopyJson, deepFreeze } from "./deep-copy";
