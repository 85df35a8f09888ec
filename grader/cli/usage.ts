// `kubesim --help`.
export const defaultStateDir = ".kubesim";

export const usage = `kubesim: a simulated Kubernetes v1.34 cluster and the candidate's workstation.

Usage:
  kubesim shell [--state DIR] [FILE | -c SCRIPT]   run a bash script (from stdin if neither is given)
  kubesim kubectl [--state DIR] ARGS...            run one kubectl command
  kubesim reset [--state DIR] [--topology FILE] [--seed SEED]
                                                   start over with a fresh cluster and workstation
  kubesim grade --task PATH --answer FILE [--transcript] [--json]
                                                   grade an answer (manifests, or shell commands with
                                                   --transcript) against a task
  kubesim tasks check [PATH]                       prove every task of the bank (default: tasks/):
                                                   solution and alternatives full marks, near misses
                                                   fail their checks, untouched setup zero
  kubesim --help                                   show this help

State:
  The cluster, the workstation's files (/root, /tmp, /opt/course/...) and the
  kubeconfig namespace live in DIR (default: ${defaultStateDir} in the current
  directory), in one file written atomically after each run. A missing or
  empty DIR starts a fresh cluster; a corrupt or foreign DIR is refused and
  left untouched. --state must come before the kubectl arguments.
  While pods of yours exist, their containers (processes, logs, files) are
  not in a snapshot: kubesim also keeps the commands run since the last
  moment none existed and runs them again, silently, at the next
  invocation (the simulation is deterministic), so each invocation takes
  longer as that list grows; it is dropped once your pods are gone.

Exit status: the script's or kubectl's; 1 for an unusable state; 2 for bad usage.
`;
