export { VirtualClock, defaultEpochMs } from "./virtual-clock";
export { formatRFC3339, parseRFC3339 } from "./rfc3339";
