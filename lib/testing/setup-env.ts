/** Runs in every test worker: point the code under test at the run's database. */
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.STRIPE_SUPPRESS_NOTICES = 'true'
