// A strategy that validates only ObjectMeta, for kinds whose spec rules are not modelled yet.
import type { Strategy } from "../strategy";
import type { NameValidator } from "../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../validation/object-meta";

export function metadataOnlyStrategy(namespaced: boolean, nameFn: NameValidator): Strategy {
  return {
    validate: (obj) => validateObjectMeta(obj.metadata, namespaced, nameFn),
    validateUpdate: (obj, old) => validateObjectMetaUpdate(obj.metadata, old.metadata),
  };
}
