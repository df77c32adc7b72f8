/** Emulators on random ports for integration tests (the real SDKs talk to them over HTTP). */
import { startMetronomeEmulator, type MetronomeEmulatorHandle } from '@/lib/stand-ins/metronome/server'
import { startStripeEmulator, type StripeEmulatorHandle } from '@/lib/stand-ins/stripe/server'

export async function startTestEmulators(): Promise<{ stripe: StripeEmulatorHandle; metronome: MetronomeEmulatorHandle; close(): Promise<void> }> {
  const [stripe, metronome] = await Promise.all([startStripeEmulator({ port: 0 }), startMetronomeEmulator({ port: 0, stateFile: null })])
  return { stripe, metronome, close: async () => void (await Promise.allSettled([stripe.close(), metronome.close()])) }
}
