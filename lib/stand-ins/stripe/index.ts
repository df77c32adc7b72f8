/** Public surface of the local Stripe emulator (demo mode and the importer's test double). */
export {
  startStripeEmulator,
  DEFAULT_PORT,
  type StripeEmulatorHandle,
  type StripeEmulatorOptions,
  type StripeEmulatorStats,
} from './server'
export { DEFAULT_KNOBS, FAULT_KINDS, type FaultKind, type StripeEmulatorKnobs } from './knobs'
export { EmulatedAccount, COLLECTION_NAMES, type AccountKeys, type CollectionName, type CollectionTypes } from './account'
export {
  demoAccount,
  demoAccountSummary,
  summarizeAccount,
  DEMO_ACCOUNT_ID,
  DEMO_AS_OF,
  DEMO_IDS,
  DEMO_RESTRICTED_KEY,
  DEMO_SECRET_KEY,
  type DemoAccountSummary,
} from './demo-account'
export { generateAccount, parseGenerateSpec, DEFAULT_GENERATE_SIZES, type GenerateAccountOptions } from './generate-account'
export * from './objects'
export type * from './types'
