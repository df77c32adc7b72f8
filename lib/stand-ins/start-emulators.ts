/**
 * Starts both emulators — Stripe (demo account "Lumen AI", key sk_test_demo) and Metronome (state in
 * .data/metronome-emulator.json) — on their fixed default ports. `npm run emulators` runs this
 * standalone; `npm run dev` calls `ensureEmulators` in demo mode, which reuses emulators that are
 * already running (e.g. started in another terminal).
 */
import { dataPath } from '@/lib/runtime/paths'
import { startMetronomeEmulator, type MetronomeEmulatorHandle } from './metronome/server'
import { startStripeEmulator, type StripeEmulatorHandle } from './stripe/server'

export type Emulators = { stripeUrl: string; metronomeUrl: string; close(): Promise<void> }

async function answers(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/_emulator/stats`, { signal: AbortSignal.timeout(1000) })
    return r.ok
  } catch {
    return false
  }
}

export async function ensureEmulators(o: { stripePort: number; metronomePort: number; metronomeState?: string | null; log?: (l: string) => void }): Promise<Emulators> {
  const stripeUrl = `http://127.0.0.1:${o.stripePort}`
  const metronomeUrl = `http://127.0.0.1:${o.metronomePort}`
  let stripe: StripeEmulatorHandle | null = null
  let metronome: MetronomeEmulatorHandle | null = null
  if (await answers(stripeUrl)) o.log?.(`using the Stripe emulator already running at ${stripeUrl}`)
  else stripe = await startStripeEmulator({ port: o.stripePort })
  if (await answers(metronomeUrl)) o.log?.(`using the Metronome emulator already running at ${metronomeUrl}`)
  else metronome = await startMetronomeEmulator({ port: o.metronomePort, stateFile: o.metronomeState === undefined ? dataPath('metronome-emulator.json') : o.metronomeState })
  return {
    stripeUrl,
    metronomeUrl,
    close: async () => {
      await Promise.allSettled([stripe?.close(), metronome?.close()])
    },
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const stripePort = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111)
  const metronomePort = Number(process.env.METRONOME_EMULATOR_PORT ?? 12113)
  const e = await ensureEmulators({ stripePort, metronomePort, log: console.log })
  console.log(`Stripe emulator    ${e.stripeUrl}   keys: sk_test_demo (secret), rk_test_demo (restricted)`)
  console.log(`Metronome emulator ${e.metronomeUrl}   any bearer token; state in .data/metronome-emulator.json`)
  const stop = async () => {
    await e.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}
