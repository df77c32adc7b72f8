/**
 * `ratecraft` — the CLI contract (issue 2): every command takes --workspace <slug> (default
 * "default", created on first use) and --as <email> (default the workspace's first admin); --json
 * prints exactly one JSON document; exit 0 success, 1 ran but found errors, 2 bad usage or failure
 * to run (with --json: {"error": "..."}).
 */
import { parseArgs } from 'node:util'
import { ZodError } from 'zod'
import { CatalogError } from '@/lib/catalog/errors'
import { disconnectDb, getDb } from '@/lib/db/client'
import { resolveDatabaseUrl } from '@/lib/db/database-url'
import { migrateDatabase } from '@/lib/db/migrate'
import { EnvError, parseEnv } from '@/lib/env'
import { stopBoss } from '@/lib/jobs/boss'
import { resolveWorkspaceCtx } from '@/lib/services/workspace/resolve-actor'
import { COMMANDS } from './commands'
import type { CommandEnv } from './command'
import { makeOutput, printError, UsageError } from './io'

const GLOBAL = { workspace: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(62)} ${c.summary}`)
  return [
    'Usage: npx ratecraft <command> [options] [--workspace <slug>] [--as <email>] [--json]',
    '',
    'Commands:',
    ...lines,
    '',
    'Database: DATABASE_URL, or the embedded Postgres in .data/ when unset.',
  ].join('\n')
}

async function main(): Promise<number> {
  const raw = process.argv.slice(2)
  const json = raw.includes('--json')
  const { values, positionals } = parseArgs({ args: raw, options: GLOBAL, allowPositionals: true, strict: false })
  // `user add`: two-word commands are looked up first.
  const two = positionals.slice(0, 2).join(' ')
  const name = COMMANDS[two] ? two : (positionals[0] ?? '')
  const command = COMMANDS[name]
  if (!command) {
    if (!name || values.help) {
      process.stdout.write(help() + '\n')
      return name ? 0 : 2
    }
    throw new UsageError(`unknown command "${name}". Run \`npx ratecraft --help\`.`)
  }
  if (values.help) {
    process.stdout.write(`Usage: npx ratecraft ${command.usage}\n${command.summary}\n`)
    return 0
  }
  const out = makeOutput(json)
  parseEnv()
  let dbReady: Promise<void> | null = null
  const db = async () => {
    dbReady ??= (async () => {
      const url = await resolveDatabaseUrl({ log: (l) => out.progress(l) })
      await migrateDatabase(url)
    })()
    await dbReady
    return getDb()
  }
  const env: CommandEnv = {
    argv: stripGlobals(raw, name.split(' ').length),
    out,
    db,
    ctx: async () => resolveWorkspaceCtx(await db(), { workspace: typeof values.workspace === 'string' ? values.workspace : 'default', as: typeof values.as === 'string' ? values.as : undefined }),
  }
  return command.run(env)
}

/** The command's own arguments: positionals after the command name, without the global options. */
function stripGlobals(raw: string[], words: number): string[] {
  const rest: string[] = []
  let skippedWords = 0
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!
    if (a === '--json' || a === '--help' || a === '-h') continue
    if (a === '--workspace' || a === '--as') { i++; continue }
    if (a.startsWith('--workspace=') || a.startsWith('--as=')) continue
    if (!a.startsWith('-') && skippedWords < words) { skippedWords++; continue }
    rest.push(a)
  }
  return rest
}

function messageOf(e: unknown): string {
  const code = (e as { code?: string })?.code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${(e as Error).message.split('.')[0]}. Run \`npx ratecraft <command> --help\` for its options.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return (e as Error).message
  if (e instanceof ZodError) return e.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')
  if (e instanceof Error) return e.message
  return String(e)
}

const json = process.argv.includes('--json')
let code = 2
try {
  code = await main()
} catch (e) {
  const known = e instanceof UsageError || e instanceof CatalogError || e instanceof EnvError || e instanceof ZodError || String((e as { code?: string })?.code).startsWith('ERR_PARSE_ARGS')
  printError(json, messageOf(e))
  if (!known && process.env.RATECRAFT_DEBUG) console.error(e)
  code = 2
} finally {
  await stopBoss().catch(() => {})
  await disconnectDb().catch(() => {})
}
process.exit(code)
