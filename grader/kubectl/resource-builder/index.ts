// Reading manifests and naming objects as kubectl's resource builder does.
export { readManifests, decodeManifests, splitYamlDocuments, type ManifestObject, type ReadResult } from "./read-manifests";
export { mapObjects, namespaceChoice, objectName, type ObjectInfo, type NamespaceChoice } from "./resource-infos";
export { selectObjects, noResourcesText, type SelectedObject, type Selection, type SelectOptions } from "./select-objects";
