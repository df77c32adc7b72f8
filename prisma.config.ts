import { defineConfig } from 'prisma/config'

// Prisma 7 reads the URL from here. Without DATABASE_URL the stock CLI targets the local server; the
// project's own scripts (scripts/db.mjs) resolve the embedded database instead.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
})
