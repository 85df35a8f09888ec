export { SeededRandom, nameSuffixAlphabet, type RandomState } from "./seeded-random";
