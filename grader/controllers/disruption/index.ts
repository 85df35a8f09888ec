export { DisruptionController, pdbsGVR } from "./controller";
export { scaledValue, expectedPodCount } from "./expected-scale";
