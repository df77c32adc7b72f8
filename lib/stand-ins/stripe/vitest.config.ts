/**
 * Stand-alone vitest config for the Stripe emulator: no database global setup, just these tests.
 *   npx vitest run --config lib/stand-ins/stripe/vitest.config.ts
 */
import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '../../..')

export default defineConfig({
  root,
  resolve: { alias: [{ find: /^@\//, replacement: `${root}/` }] },
  test: {
    include: ['lib/stand-ins/stripe/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    env: { STRIPE_SUPPRESS_NOTICES: 'true' },
  },
})
