import { defineConfig } from "prisma/config";

// `prisma generate` needs no database; migrations are applied by
// server/database/migrate.ts, so the URL here is only a placeholder default.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/kubedojo" },
});
