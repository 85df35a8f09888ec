// The next-auth route handler (/api/auth/*), kept behind the server/ boundary.
import NextAuth from "next-auth";
import { authOptions } from "./options";

export function authRouteHandler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(req, ctx);
}
