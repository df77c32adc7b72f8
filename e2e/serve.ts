/**
 * The e2e web server: both emulators (in memory), the demo seed, then `next start`. Everything the
 * tests see comes through the same code paths as `npm run dev` in demo mode.
 */
import { spawn } from 'node:child_process'
import { disconnectDb, getDb } from '@/lib/db/client'
import { seedDemo } from '@/lib/services/demo/seed-demo'
import { ensureEmulators } from '@/lib/stand-ins/start-emulators'

const port = process.argv[2] ?? '3210'
const emulators = await ensureEmulators({
  stripePort: Number(process.env.STRIPE_EMULATOR_PORT ?? 12111),
  metronomePort: Number(process.env.METRONOME_EMULATOR_PORT ?? 12113),
  metronomeState: null,
})
await seedDemo(getDb(), { stripeUrl: emulators.stripeUrl, metronomeUrl: emulators.metronomeUrl, log: (l) => console.log(`[e2e] ${l}`) })
await disconnectDb()
const next = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', port], { stdio: 'inherit', env: { ...process.env, RATECRAFT_DEMO: '1' } })
const stop = () => next.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
next.on('exit', async (code) => {
  await emulators.close()
  process.exit(code ?? 0)
})
