import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { liveUser } from "@/server/auth/live-user";

export const metadata = { title: "Sign up — Kubedojo" };

export default async function SignUpPage() {
  if (await liveUser()) redirect("/");
  return (
    <section className="panel narrow">
      <h1>Create your account</h1>
      <SignUpForm />
    </section>
  );
}
