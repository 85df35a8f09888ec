// One user's role, changed by an admin with a reason for the audit trail.
import type { Role } from "@/server/auth/authorization";

const roles: { value: Role; label: string }[] = [
  { value: "STUDENT", label: "Student" },
  { value: "INSTRUCTOR", label: "Instructor" },
  { value: "ADMIN", label: "Admin" },
];

export function RoleForm({ user, action, q }: { user: { id: string; name: string; role: Role }; action: (form: FormData) => Promise<void>; q: string }) {
  const id = `role-${user.id}`;
  return (
    <form action={action} className="role-form" aria-label={`Role of ${user.name}`}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="q" value={q} />
      <label htmlFor={id} className="sr-only">
        Role of {user.name}
      </label>
      <select id={id} name="role" defaultValue={user.role}>
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`} className="sr-only">
        Reason for changing the role of {user.name}
      </label>
      <input id={`${id}-reason`} name="reason" maxLength={500} placeholder="Reason (for the audit trail)" />
      <button type="submit" className="button button-small">
        Set role
      </button>
    </form>
  );
}
