// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { migrateDatabase } from "../server/database/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const applied = await migrateDatabase(url);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
