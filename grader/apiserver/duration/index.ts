export { humanDuration, shortHumanDuration } from "./human-duration";
