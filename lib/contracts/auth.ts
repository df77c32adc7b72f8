import { z } from 'zod'

export const MIN_PASSWORD = 8

export const ZSignUp = z.object({
  email: z.email({ error: 'Enter a valid email address' }).max(254),
  password: z.string().min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters`).max(200),
  name: z.string().trim().max(120).optional(),
})

export const ZSignIn = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
})

export type TMe = {
  user: { id: string; email: string; name: string | null } | null
  workspaces: Array<{ slug: string; name: string; role: string }>
  demo: boolean
  /** Where the demo emulators listen (demo mode only). Keys never reach the browser, not even demo ones. */
  demoConnections: { stripeUrl: string; metronomeUrl: string } | null
}
