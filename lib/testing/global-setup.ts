/**
 * Vitest global setup: one test database for the run (unless `npm test` already made one and passed
 * it as RATECRAFT_TEST_DATABASE_URL), and a throwaway data dir so tests never touch `.data/`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startTestDatabase } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    databaseKind: 'server' | 'embedded'
    adminDatabaseUrl: string | null
  }
}

export default async function setup(project: TestProject) {
  const dataDir = process.env.RATECRAFT_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ratecraft-test-data-'))
  process.env.RATECRAFT_DATA_DIR = dataDir
  const given = process.env.RATECRAFT_TEST_DATABASE_URL
  const adminUrl = process.env.RATECRAFT_TEST_ADMIN_URL ?? (given ? null : process.env.DATABASE_URL ?? null)
  const db = given ? null : await startTestDatabase(adminUrl ?? undefined)
  const url = given ?? db!.url
  process.env.DATABASE_URL = url
  project.provide('databaseUrl', url)
  project.provide('databaseKind', given ? (process.env.RATECRAFT_TEST_DATABASE_KIND as 'server' | 'embedded') ?? 'server' : db!.kind)
  project.provide('adminDatabaseUrl', adminUrl)
  return async () => {
    await db?.stop()
  }
}
