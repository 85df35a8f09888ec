import type { Metadata } from "next";
import type { ReactNode } from "react";
import { graderVersion, kubernetesVersion } from "@kubedojo/grader/version";
import { SiteHeader } from "@/components/layout/SiteHeader";
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
