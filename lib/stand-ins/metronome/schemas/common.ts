import { z } from 'zod'

/**
 * Building blocks shared by the per-endpoint request schemas. The schemas are written by hand from the OpenAPI
 * document and the SDK 3.10 `.d.ts` (never generated from the app's own catalogue code), and
 * `spec-conformance.test.ts` checks them against the spec.
 */

export const uuid = z.guid()
export const dateTime = z.iso.datetime({ offset: true })
export const stringMap = z.record(z.string(), z.string())

type Spelling = 'upper' | 'lower' | 'title'

const spell = (value: string, how: Spelling): string =>
  how === 'upper' ? value : how === 'lower' ? value.toLowerCase() : value.charAt(0) + value.slice(1).toLowerCase()

/**
 * An enum that accepts the spellings the API accepts (the spec lists e.g. `count`, `Count` and `COUNT`) and yields
 * the canonical upper-case value the API answers with. The spellings per field mirror the spec exactly.
 */
export function spelledEnum<const T extends readonly [string, ...string[]]>(canonical: T, spellings: readonly Spelling[]) {
  const accepted = [...new Set(spellings.flatMap((how) => canonical.map((v) => spell(v, how))))] as [string, ...string[]]
  return z.enum(accepted).transform((v) => v.toUpperCase() as T[number])
}

/**
 * Marks a sub-schema the emulator deliberately does not model field by field (contract terms inside packages, which
 * are outside Ratecraft's catalogue). The conformance test stops descending at these nodes and says why.
 */
export function opaque<S extends z.ZodType>(schema: S, reason: string): S {
  return schema.meta({ 'x-emulator-opaque': reason })
}

export const looseObjects = (reason: string) => opaque(z.array(z.looseObject({})), reason)
export const looseObject = (reason: string) => opaque(z.looseObject({}), reason)

export const BILLING_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'ANNUAL', 'WEEKLY'] as const
export const TIME_UNITS = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const

export const timeOffset = z.strictObject({ value: z.int(), unit: z.enum(TIME_UNITS) })

export const alias = z.strictObject({
  name: z.string(),
  starting_at: dateTime.optional(),
  ending_before: dateTime.optional(),
})
