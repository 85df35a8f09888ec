// The signed-in part of the app: anyone else is sent to sign in first.
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentUser } from "@/server/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  if (!(await currentUser())) redirect("/signin");
  return children;
}
