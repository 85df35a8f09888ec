// A defaulting function for one API type, as upstream's SetDefaults_<Type>,
// keyed by the client-node model name of that type.
import type { JsonObject } from "./json-helpers";

export type Defaulter = (obj: JsonObject) => void;
export type DefaulterTable = Readonly<Record<string, Defaulter>>;
