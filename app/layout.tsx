import type { Metadata } from "next";
import type { ReactNode } from "react";
import { graderVersion, kubernetesVersion } from "@kubedojo/grader/version";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { liveUser } from "@/server/auth/live-user";
import "./globals.css";

// Every page reads the session, so nothing is prerendered at build time (the build needs no database or secret).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Kubedojo — CKAD practice on a simulated cluster",
  description: "Timed CKAD practice tasks graded in milliseconds against a simulated Kubernetes v1.34 cluster.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The role as the database has it now: the nav follows an admin's change on the next page load.
  const user = await liveUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader user={user} />
        <main id="main" className="site-main">{children}</main>
        <footer className="site-footer">
          Simulated Kubernetes {kubernetesVersion} · grader {graderVersion}
        </footer>
      </body>
    </html>
  );
}
