// Ids come from URLs and forms: anything that is not a plausible id is simply not found.
export const plausibleId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 100;
