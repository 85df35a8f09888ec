"use client";
// The main sections, the current one marked (aria-current) for sight and screen readers.
import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/tasks", label: "Tasks" },
  { href: "/exams", label: "Exams" },
  { href: "/attempts", label: "My attempts" },
];

export function NavLinks() {
  const path = usePathname() ?? "";
  return (
    <ul className="nav-links">
      {sections.map((s) => {
        const current = path === s.href || path.startsWith(`${s.href}/`);
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
