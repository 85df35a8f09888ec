// The five domains of the CKAD curriculum (v1.34), with the weight of each in
// the exam and the folder its tasks live in (tasks/<folder>/<slug>/task.yaml).

export const ckadDomains = [
  { name: "Application Design and Build", folder: "application-design-and-build", weightPercent: 20 },
  { name: "Application Deployment", folder: "application-deployment", weightPercent: 20 },
  { name: "Application Observability and Maintenance", folder: "application-observability-and-maintenance", weightPercent: 15 },
  {
    name: "Application Environment, Configuration and Security",
    folder: "application-environment-configuration-and-security",
    weightPercent: 25,
  },
  { name: "Services and Networking", folder: "services-and-networking", weightPercent: 20 },
] as const;

export type CkadDomain = (typeof ckadDomains)[number]["name"];

export const ckadDomainNames = ckadDomains.map((d) => d.name) as [CkadDomain, ...CkadDomain[]];

/** The folder of a domain's tasks. */
export function domainFolder(domain: CkadDomain): string {
  return ckadDomains.find((d) => d.name === domain)?.folder ?? "";
}
