// Test support: a namespace with two ResourceQuotas, a LimitRange and a pod they account for.
export const teamNamespaceManifests = `apiVersion: v1
kind: Namespace
metadata: {name: team-a, labels: {env: dev}}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: compute, namespace: team-a}
spec:
  hard: {requests.cpu: "2", requests.memory: 1Gi, pods: "10", limits.memory: 2Gi}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: besteffort, namespace: team-a}
spec:
  hard: {pods: "5"}
  scopes: [BestEffort]
---
apiVersion: v1
kind: LimitRange
metadata: {name: limits, namespace: team-a}
spec:
  limits:
  - type: Container
    default: {cpu: 500m, memory: 256Mi}
    defaultRequest: {cpu: 100m, memory: 128Mi}
    max: {cpu: "1"}
    maxLimitRequestRatio: {cpu: "5"}
  - type: Pod
    max: {memory: 1Gi}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: team-a}
spec: {containers: [{name: c, image: nginx}]}
`;
