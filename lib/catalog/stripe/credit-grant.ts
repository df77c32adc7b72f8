/**
 * Lenient schemas of Stripe credit grants and credit balance summaries (stripe-api.md §2.8, M19). Pure.
 * Balance summaries are fetched per (customer, credit grant); the importer records which grant a
 * summary belongs to in `credit_grant` (Stripe's response itself only names the customer).
 */
import { z } from 'zod'
import { ZExpandableId, ZMetadata, ZOpenEnum, ZStripeId, ZUnix, objectIs } from './lenient'

export const ZMonetary = z.looseObject({ currency: z.string().min(3), value: z.number() })

export const ZStripeCreditGrant = z.looseObject({
  id: ZStripeId,
  object: objectIs('billing.credit_grant'),
  created: ZUnix.nullish(),
  name: z.string().nullish(),
  customer: ZExpandableId,
  category: ZOpenEnum,
  amount: z.looseObject({ type: ZOpenEnum.nullish(), monetary: ZMonetary.nullish() }),
  applicability_config: z
    .looseObject({
      scope: z
        .looseObject({
          price_type: ZOpenEnum.nullish(),
          prices: z.array(z.looseObject({ id: z.string().nullish() })).nullish(),
        })
        .nullish(),
    })
    .nullish(),
  effective_at: ZUnix.nullish(),
  expires_at: ZUnix.nullish(),
  voided_at: ZUnix.nullish(),
  priority: z.number().int().nullish(),
  metadata: ZMetadata.nullish(),
})
export type StripeCreditGrant = z.infer<typeof ZStripeCreditGrant>

const ZBalanceAmount = z.looseObject({ type: ZOpenEnum.nullish(), monetary: ZMonetary.nullish() })

export const ZStripeCreditBalanceSummary = z.looseObject({
  /** Optional: balance summaries have no Stripe id; the importer may assign one. */
  id: z.string().nullish(),
  object: objectIs('billing.credit_balance_summary'),
  customer: ZExpandableId,
  credit_grant: ZExpandableId.nullish(),
  balances: z.array(z.looseObject({ available_balance: ZBalanceAmount, ledger_balance: ZBalanceAmount.nullish() })),
})
export type StripeCreditBalanceSummary = z.infer<typeof ZStripeCreditBalanceSummary>

/** Balance summaries have no id of their own: the importer's id, else customer[:grant]. */
export function balanceSummaryId(s: StripeCreditBalanceSummary): string {
  return s.id || (s.credit_grant ? `${s.customer}:${s.credit_grant}` : s.customer)
}
