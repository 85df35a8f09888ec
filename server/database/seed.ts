// Seeds what a fresh Kubedojo needs: the demo accounts (idempotent).
import { createPrismaClient } from "../db";
import { demoAccounts, seedDemoAccounts, type DemoAccount } from "../services/users";

export async function seedDatabase(databaseUrl: string): Promise<{ demoAccounts: DemoAccount[]; created: DemoAccount[] }> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const created = await seedDemoAccounts(prisma);
    return { demoAccounts, created };
  } finally {
    await prisma.$disconnect();
  }
}
