// The signed-in part of the app: anyone else (or an account that is gone) is sent to sign in first.
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { liveUser } from "@/server/auth/live-user";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  if (!(await liveUser())) redirect("/signin");
  return children;
}
