// DefaultTolerationSeconds (plugin/pkg/admission/defaulttolerationseconds/admission.go):
// a new pod tolerates the not-ready and unreachable NoExecute taints for 300 s
// unless it already tolerates them.
import type { MutatingAdmissionPlugin } from "../interface";

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

const defaultTolerationSeconds = 300;
const notReadyTaint = "node.kubernetes.io/not-ready";
const unreachableTaint = "node.kubernetes.io/unreachable";

// A toleration with no effect or NoExecute, and this key or no key with Exists, covers the taint.
function tolerates(t: Toleration, key: string): boolean {
  const effectMatches = !t.effect || t.effect === "NoExecute";
  const keyMatches = t.key === key || (!t.key && t.operator === "Exists");
  return effectMatches && keyMatches;
}

export const defaultTolerationSecondsPlugin = {
  name: "DefaultTolerationSeconds",
  handles: (attrs) =>
    attrs.operation === "CREATE" && attrs.subresource === "" && attrs.resource.group === "" && attrs.resource.resource === "pods",
  admit(attrs) {
    const spec = attrs.object?.spec as { tolerations?: Toleration[] } | undefined;
    if (!spec) return;
    const tolerations = spec.tolerations ?? [];
    const add: Toleration[] = [];
    for (const key of [notReadyTaint, unreachableTaint]) {
      if (!tolerations.some((t) => tolerates(t, key))) {
        add.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: defaultTolerationSeconds });
      }
    }
    if (add.length) spec.tolerations = [...tolerations, ...add];
  },
} satisfies MutatingAdmissionPlugin;
