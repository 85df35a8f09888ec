// An authored task's state in one badge: draft, published (version), changed since, retired.
export function AuthoredTaskStatus({
  status,
  active,
  version,
  unpublishedChanges,
}: {
  status: "DRAFT" | "PUBLISHED";
  active: boolean;
  version: number | null;
  unpublishedChanges: boolean;
}) {
  if (status === "DRAFT") return <span className="badge badge-neutral">Draft</span>;
  if (!active) return <span className="badge badge-hard">Retired · v{version}</span>;
  return (
    <span className="tags">
      <span className="badge badge-easy">Published · v{version}</span>
      {unpublishedChanges ? <span className="badge badge-medium">Unpublished changes</span> : null}
    </span>
  );
}
