import { authRouteHandler } from "@/server/auth/route-handler";

export { authRouteHandler as GET, authRouteHandler as POST };
