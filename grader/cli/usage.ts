// `kubesim --help`.
export const defaultStateDir = ".kubesim";

export const usage = `kubesim: a simulated Kubernetes v1.34 cluster and the candidate's workstation.

Usage:
  kubesim shell [--state DIR] [FILE | -c SCRIPT]   run a bash script (from stdin if neither is given)
  kubesim kubectl [--state DIR] ARGS...            run one kubectl command
  kubesim reset [--state DIR] [--topology FILE] [--seed SEED]
                                                   start over with a fresh cluster and workstation
  kubesim --help                                   show this help

State:
  The cluster, the workstation's files (/root, /tmp, /opt/course/...) and the
  kubeconfig namespace live in DIR (default: ${defaultStateDir} in the current
  directory), in one file written atomically after each run. A missing or
  empty DIR starts a fresh cluster; a corrupt or foreign DIR is refused and
  left untouched. --state must come before the kubectl arguments.

Exit status: the script's or kubectl's; 1 for an unusable state; 2 for bad usage.
`;
