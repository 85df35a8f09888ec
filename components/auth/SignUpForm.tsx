"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { signUpAction, type SignUpState } from "@/app/(auth)/signup/actions";
import { FormField } from "./FormField";

const initialState: SignUpState = { ok: false, fieldErrors: {}, values: { name: "", email: "" } };

export function SignUpForm() {
  const router = useRouter();
  const password = useRef("");
  const [state, formAction, pending] = useActionState(signUpAction, initialState);

  // The account exists: sign in with the same credentials, then go home.
  useEffect(() => {
    if (!state.ok) return;
    void signIn("credentials", { email: state.values.email, password: password.current, redirect: false }).then(() => {
      router.replace("/");
      router.refresh();
    });
  }, [state, router]);

  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        password.current = String(new FormData(e.currentTarget).get("password") ?? "");
      }}
      noValidate
      className="form"
    >
      <FormField label="Name" name="name" autoComplete="name" defaultValue={state.values.name} error={state.fieldErrors.name} required />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
        required
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={state.fieldErrors.password}
        required
        minLength={8}
      />
      <button type="submit" className="button button-primary" disabled={pending || state.ok}>
        {pending || state.ok ? "Creating your account…" : "Sign up"}
      </button>
      <p className="form-alt">
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
