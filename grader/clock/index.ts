export { VirtualClock, defaultEpochMs, type TimerId } from "./virtual-clock";
export { formatRFC3339, parseRFC3339 } from "./rfc3339";
