import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { liveUser } from "@/server/auth/live-user";

export const metadata = { title: "Sign in — Kubedojo" };

export default async function SignInPage() {
  if (await liveUser()) redirect("/");
  return (
    <section className="panel narrow">
      <h1>Sign in</h1>
      <SignInForm />
    </section>
  );
}
