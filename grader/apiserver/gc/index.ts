export {
  collectDependents,
  orphanDependents,
  dependentsOf,
  danglingDependents,
  type GarbageCollectionHost,
  type StoredRef,
} from "./owner-references";
