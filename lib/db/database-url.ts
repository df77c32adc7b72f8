/**
 * One rule everywhere (app, CLI, tests, scripts): DATABASE_URL set → that server; unset → the
 * embedded Postgres in `.data/` (started on demand, shared by every process).
 */
import { ensureEmbeddedDatabase } from './embedded/ensure'

export async function resolveDatabaseUrl(opts: { log?: (line: string) => void } = {}): Promise<string> {
  const url = process.env.DATABASE_URL?.trim()
  if (url) return url
  const embedded = await ensureEmbeddedDatabase(opts)
  process.env.DATABASE_URL = embedded
  return embedded
}

/** Hides the password of a connection string for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '****'
    return u.toString()
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}
