/**
 * The Prisma client (one per process, lazily created: `next build` imports route modules, so nothing
 * may connect or throw at import time — stack-recipes.md §5).
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { closeBulkPool } from './bulk'

export type Db = PrismaClient
/** What repositories accept: the client or an interactive transaction. */
export type DbTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>

export function makePrisma(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error('DATABASE_URL is not set')
  // Keep idle connections open for the embedded server: it stops itself when nobody is connected.
  const adapter = new PrismaPg({ connectionString: url, max: 10, idleTimeoutMillis: 0 })
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 30_000 } })
}

const g = globalThis as unknown as { __ratecraftPrisma?: PrismaClient }

export function getDb(): PrismaClient {
  g.__ratecraftPrisma ??= makePrisma()
  return g.__ratecraftPrisma
}

export async function disconnectDb(): Promise<void> {
  const p = g.__ratecraftPrisma
  g.__ratecraftPrisma = undefined
  await Promise.all([p?.$disconnect(), closeBulkPool()])
}
