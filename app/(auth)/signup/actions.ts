"use server";
import { db } from "@/server/db";
import { signUp, type FieldErrors } from "@/server/services/users";

export interface SignUpState {
  ok: boolean;
  fieldErrors: FieldErrors;
  values: { name: string; email: string };
}

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const input = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  };
  const result = await signUp(db(), input);
  const values = { name: input.name, email: input.email };
  return result.ok ? { ok: true, fieldErrors: {}, values } : { ok: false, fieldErrors: result.fieldErrors, values };
}
