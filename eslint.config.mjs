// Layering (architecture.md §2) is enforced here: the pure core cannot import framework, database or
// SDK code; the browser layers cannot import server layers; routes cannot reach Prisma or SDKs.
import tseslint from 'typescript-eslint'

const sdkAndDb = ['@prisma/*', '@/lib/generated/*', 'stripe', '@metronome/sdk', 'pg', 'pg-boss', 'argon2', '@electric-sql/*']
const serverLayers = ['@/lib/db/*', '@/lib/services/*', '@/lib/stripe/*', '@/lib/metronome/*', '@/lib/jobs/*', '@/lib/api/*', '@/lib/secrets/*', '@/lib/runtime/*', '@/lib/stand-ins/*', '@/lib/env']
// Bare package names are matched exactly (so a relative '../stripe/price' is not mistaken for the
// `stripe` SDK); entries with a slash or wildcard are gitignore-style patterns.
// Relative imports that climb out of lib/catalog into a server or UI layer.
const escapes = ['stand-ins', 'services', 'db', 'jobs', 'api', 'generated', 'runtime', 'secrets', 'query', 'contracts', 'components', 'testing'].map((d) => `**/${d}/**`)
const restrict = (groups, message) => {
  const exact = groups.filter((g) => !g.includes('/') && !g.includes('*') && !g.startsWith('!'))
  const patterns = groups.filter((g) => !exact.includes(g))
  return ['error', { paths: exact.map((name) => ({ name, message })), patterns: patterns.length ? [{ group: patterns, message }] : [] }]
}

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', '.data/**', 'lib/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['lib/catalog/**/*.ts'],
    ignores: ['lib/catalog/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['next', 'next/*', 'react', 'react-dom', ...sdkAndDb, 'node:*', 'fs', 'path', 'crypto', '@/lib/*', '!@/lib/catalog', '@/components/*', '@/app/*', ...escapes],
        'lib/catalog is the pure domain core: only zod, decimal.js and lib/catalog itself (it runs in the browser and on the server).',
      ),
    },
  },
  {
    files: ['lib/contracts/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...sdkAndDb, ...serverLayers, 'next', 'next/*'], 'lib/contracts holds request/response schemas shared with the browser: zod and lib/catalog only.') },
  },
  {
    files: ['lib/query/**/*.ts', 'components/**/*.ts', 'components/**/*.tsx'],
    rules: { 'no-restricted-imports': restrict([...sdkAndDb, ...serverLayers], 'Browser code talks to the server through lib/query (HTTP), never to server layers.') },
  },
  {
    files: ['app/api/**/route.ts'],
    rules: { 'no-restricted-imports': restrict([...sdkAndDb.filter((p) => p !== '@/lib/generated/*'), '@/lib/generated/*', '@/lib/stripe/*', '@/lib/metronome/*'], 'Route handlers stay thin: withRoute + a service call; Prisma and SDKs live behind lib/services.') },
  },
  {
    files: ['lib/stripe/**/*.ts', 'lib/metronome/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(['@/lib/db/*', '@/lib/services/*', 'react', 'next', 'next/*', '@prisma/*'], 'Adapters translate vendor APIs; they do not touch the database or use cases.') },
  },
  {
    files: ['lib/stand-ins/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['@/lib/catalog/*', '@/lib/services/*', '@/lib/db/*'], 'The emulators are independent of our own rules so they catch our mistakes instead of sharing them.') },
  },
)
