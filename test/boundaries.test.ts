import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, checkRepository } from "./boundaries";

const root = path.resolve(import.meta.dirname, "..");
const at = (rel: string) => path.join(root, rel);

describe("import boundaries", () => {
  it("hold across the whole repository", () => {
    expect(checkRepository(root)).toEqual([]);
  });

  const cases: { name: string; file: string; source: string; violates: boolean }[] = [
    { name: "grader importing the app by a relative path is refused", file: "grader/apiserver/x.ts", source: `import { a } from "../../app/page";`, violates: true },
    { name: "grader importing server/ through the @/ alias is refused", file: "grader/x.ts", source: `import { db } from "@/server/db";`, violates: true },
    { name: "grader importing Next.js is refused", file: "grader/x.ts", source: `import Link from "next/link";`, violates: true },
    { name: "grader importing Prisma is refused", file: "grader/kubectl/x.ts", source: `import { PrismaClient } from "@prisma/client";`, violates: true },
    { name: "grader importing its own apiserver/server folder is fine", file: "grader/apiserver/api.ts", source: `import { x } from "./server/store";`, violates: false },
    { name: "the app importing Prisma directly is refused", file: "app/page.tsx", source: `import { PrismaClient } from "@prisma/client";`, violates: true },
    { name: "the app importing the generated client is refused", file: "app/x/page.tsx", source: `import { User } from "@/generated/prisma/client";`, violates: true },
    { name: "a component importing next-auth's server API is refused", file: "components/x.tsx", source: `import { getServerSession } from "next-auth";`, violates: true },
    { name: "a component using next-auth/react in the browser is fine", file: "components/auth/x.tsx", source: `import { signIn } from "next-auth/react";`, violates: false },
    { name: "a route handler importing next-auth is refused", file: "app/api/auth/route.ts", source: `export { GET } from "next-auth";`, violates: true },
    { name: "server/ importing Prisma is fine", file: "server/db.ts", source: `import { PrismaPg } from "@prisma/adapter-pg";`, violates: false },
    { name: "the app importing the grader by package name is fine", file: "app/page.tsx", source: `import { graderVersion } from "@kubedojo/grader/version";`, violates: false },
  ];
  it.each(cases)("$name", ({ file, source, violates }) => {
    expect(checkFile(root, at(file), source).length > 0).toBe(violates);
  });
});
