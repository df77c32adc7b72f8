/**
 * `npm run dev` (and `npm start` with --prod): everything a new user needs from one command.
 * Validates env → master key → database (DATABASE_URL or the embedded Postgres) → migrations →
 * in demo mode the two emulators and the demo seed (users, connections, imported catalogue) →
 * `next dev` (or `next build && next start`).
 */
import { spawn, spawnSync } from 'node:child_process'
import { getDb, disconnectDb } from '@/lib/db/client'
import { redactUrl, resolveDatabaseUrl } from '@/lib/db/database-url'
import { migrateDatabase } from '@/lib/db/migrate'
import { env, EnvError, isDemoMode, parseEnv } from '@/lib/env'
import { loadMasterKey } from '@/lib/secrets/master-key'
import { seedDemo } from '@/lib/services/demo/seed-demo'
import { ensureEmulators, type Emulators } from '@/lib/stand-ins/start-emulators'

const prod = process.argv.includes('--prod')
const say = (l: string) => console.log(`\x1b[36m[ratecraft]\x1b[0m ${l}`)

async function main() {
  try {
    parseEnv()
    loadMasterKey()
  } catch (e) {
    console.error(e instanceof EnvError || e instanceof Error ? e.message : e)
    process.exit(1)
  }
  const url = await resolveDatabaseUrl({ log: say })
  say(`database ${redactUrl(url)}`)
  try {
    const applied = await migrateDatabase(url)
    if (applied.length) say(`applied migrations: ${applied.join(', ')}`)
  } catch (e) {
    console.error(`[ratecraft] ${(e as Error).message}`)
    process.exit(1)
  }

  let emulators: Emulators | null = null
  if (isDemoMode()) {
    emulators = await ensureEmulators({ stripePort: env().STRIPE_EMULATOR_PORT, metronomePort: env().METRONOME_EMULATOR_PORT, log: say })
    say(`demo mode: Stripe emulator ${emulators.stripeUrl}, Metronome emulator ${emulators.metronomeUrl}`)
    await seedDemo(getDb(), { stripeUrl: emulators.stripeUrl, metronomeUrl: emulators.metronomeUrl, log: say })
    say('demo users admin@ / editor@ / reviewer@ratecraft.local, password: ratecraft-demo')
  }
  await disconnectDb()

  const port = process.env.PORT ?? '3000'
  const childEnv = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1', RATECRAFT_DEMO: isDemoMode() ? '1' : '0' }
  if (prod) {
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: childEnv })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const next = spawn('npx', ['next', prod ? 'start' : 'dev', '-p', port], { stdio: 'inherit', env: childEnv })
  say(`studio on http://localhost:${port}`)
  const stop = (sig: NodeJS.Signals) => next.kill(sig)
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  const code = await new Promise<number>((res) => next.on('exit', (c) => res(c ?? 0)))
  await emulators?.close()
  process.exit(code)
}

main().catch((e) => {
  console.error(`[ratecraft] ${e instanceof Error ? e.message : e}`)
  process.exit(1)
})
