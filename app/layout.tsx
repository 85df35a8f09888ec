import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { graderVersion, kubernetesVersion } from "@kubedojo/grader/version";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { currentUser } from "@/server/auth/session";
import "./globals.css";

// Every page reads the session, so nothing is prerendered at build time (the build needs no database or secret).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Kubedojo — CKAD practice on a simulated cluster",
  description: "Timed CKAD practice tasks graded in milliseconds against a simulated Kubernetes v1.34 cluster.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">⎈</span> Kubedojo
          </Link>
          <nav aria-label="Account">
            {user ? (
              <>
                <span className="nav-user">{user.name}</span>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/signin">Sign in</Link>
                <Link href="/signup" className="button button-primary">
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </header>
        <main className="site-main">{children}</main>
        <footer className="site-footer">
          Simulated Kubernetes {kubernetesVersion} · grader {graderVersion}
        </footer>
      </body>
    </html>
  );
}
