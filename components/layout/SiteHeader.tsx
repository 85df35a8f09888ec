// The header of every page: the brand, the sections once signed in, and the account menu.
import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { NavLinks } from "./NavLinks";

export function SiteHeader({ user }: { user: { name: string; email: string; role: string } | null }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">⎈</span> Kubedojo
        </Link>
        {user ? (
          <nav aria-label="Main">
            <NavLinks role={user.role} />
          </nav>
        ) : null}
        <nav aria-label="Account" className="account-nav">
          {user ? (
            <div className="user-menu">
              <span className="nav-user" title={`${user.email} (${user.role.toLowerCase()})`}>
                <span className="avatar" aria-hidden="true">
                  {user.name.trim().charAt(0).toUpperCase() || "?"}
                </span>
                <span className="user-name">{user.name}</span>
              </span>
              <SignOutButton />
            </div>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup" className="button button-primary">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
