// What a ReplicaSet's sync asks of each of its pods (does it match the
// selector, does it carry every label of the template, its Ready condition),
// remembered per pod object. A pod changes by a new object (the watch's
// frozen one), so a sync of 1,000 pods where one changed matches one label
// set, not 1,000. Forgotten when the selector or the template's labels change.
import { labelSelectorFromMeta, labelSelectorMatches, type LabelSelector } from "../../apiserver/selectors";
import { podReadyCondition } from "./pod-readiness";
import type { Pod, PodCondition, ReplicaSet } from "./types";

export interface PodVerdict {
  matchesSelector: boolean;
  fullyLabeled: boolean;
  ready: PodCondition | undefined;
}

export class PodVerdicts {
  private key = "";
  private byPod = new WeakMap<Pod, PodVerdict>();
  /** Bumped whenever what was learnt is dropped. */
  generation = 0;
  private selector!: LabelSelector;
  private fullyLabeledSelector!: LabelSelector;

  /** Answers for `rs` from now on (its parsed `selector`); what was learnt under another selector or template labels is dropped. */
  constructor(rs: ReplicaSet, selector: LabelSelector) {
    this.use(rs, selector);
  }

  use(rs: ReplicaSet, selector: LabelSelector): void {
    const templateLabels = rs.spec.template?.metadata?.labels ?? {};
    const key = JSON.stringify([rs.spec.selector ?? null, templateLabels]);
    this.selector = selector;
    if (key === this.key) return;
    this.key = key;
    this.byPod = new WeakMap();
    this.generation++;
    this.fullyLabeledSelector = labelSelectorFromMeta({ matchLabels: templateLabels });
  }

  of(pod: Pod): PodVerdict {
    let v = this.byPod.get(pod);
    if (!v) {
      const labels = pod.metadata.labels;
      v = { matchesSelector: labelSelectorMatches(this.selector, labels), fullyLabeled: labelSelectorMatches(this.fullyLabeledSelector, labels), ready: podReadyCondition(pod) };
      this.byPod.set(pod, v);
    }
    return v;
  }
}
