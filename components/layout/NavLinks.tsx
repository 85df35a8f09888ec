"use client";
// The main sections, the current one marked (aria-current) for sight and screen readers.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentSection, useCurrentNavSection } from "./current-nav-section";

// `roles`: shown to those roles only (the pages check the role themselves; this only keeps the menu short).
const sections: { href: string; label: string; roles?: string[] }[] = [
  { href: "/tasks", label: "Tasks" },
  { href: "/exams", label: "Exams" },
  { href: "/attempts", label: "My attempts" },
  { href: "/classes", label: "Classes" },
  { href: "/leaderboards", label: "Leaderboards" },
  { href: "/progress", label: "Progress" },
  { href: "/instructor", label: "Instructor", roles: ["INSTRUCTOR", "ADMIN"] },
  { href: "/admin/users", label: "Admin", roles: ["ADMIN"] },
];

export function NavLinks({ role }: { role?: string }) {
  const path = usePathname() ?? "";
  // An attempt's page says whether it belongs to Exams or Tasks; its path alone would say "My attempts".
  const declared = useCurrentNavSection();
  return (
    <ul className="nav-links">
      {sections.filter((s) => !s.roles || (role !== undefined && s.roles.includes(role))).map((s) => {
        const current = isCurrentSection(s.href, path, declared);
        return (
          <li key={s.href}>
            <Link href={s.href} className="nav-link" aria-current={current ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
