import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Runs only the emulator's own tests, without the repo-wide globalSetup (database etc.) they do not need:
//   npx vitest run --config lib/stand-ins/metronome/vitest.config.ts
const repoRoot = path.resolve(import.meta.dirname, '../../..')

export default defineConfig({
  root: repoRoot,
  resolve: { alias: [{ find: /^@\//, replacement: `${repoRoot}/` }] },
  test: {
    include: ['lib/stand-ins/metronome/**/*.test.ts'],
    testTimeout: 15_000,
    pool: 'forks',
    maxWorkers: 2,
  },
})
