/**
 * Vitest config for the pure catalogue core: no database global setup (lib/catalog needs none), so
 * `npx vitest run --config lib/catalog/vitest.pure.config.ts` runs in seconds on a bare checkout.
 */
import { defineConfig } from 'vitest/config'

const root = new URL('../../', import.meta.url).pathname

export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: root }] },
  test: {
    root,
    include: ['lib/catalog/**/*.test.ts', 'scripts/gen-catalog-schema.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'threads',
    maxWorkers: 2,
  },
})
