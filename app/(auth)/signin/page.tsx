import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { currentUser } from "@/server/auth/session";

export const metadata = { title: "Sign in — Kubedojo" };

export default async function SignInPage() {
  if (await currentUser()) redirect("/");
  return (
    <section className="panel narrow">
      <h1>Sign in</h1>
      <SignInForm />
    </section>
  );
}
