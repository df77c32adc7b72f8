/**
 * Stripe customers (M4): each becomes the Metronome customer of its contract preview(s), with the
 * Stripe customer id as an ingest alias so events that carry it (the meters' customer payload key) are
 * attributed without changing the event pipeline. Pure over the context.
 */
import { customerDisplayName } from '../stripe/customer'
import { meterCustomerKey } from '../stripe/meter'
import type { DraftContext } from './draft-context'
import { byCreatedThenId } from './snapshot-index'

export function mapCustomers(ctx: DraftContext): void {
  const payloadKeys = [...new Set(ctx.snap.meters.map(meterCustomerKey))].join('", "') || 'stripe_customer_id'
  for (const c of [...ctx.snap.customers].sort(byCreatedThenId)) {
    const contracts = ctx.contractsByCustomer.get(c.id) ?? []
    const name = customerDisplayName(c)
    ctx.decide({
      stripeType: 'customer',
      stripeId: c.id,
      rule: 'M4',
      targets: contracts.map((k) => ({ type: 'contract' as const, key: k.key })),
      fidelity: 'exact',
      reason:
        contracts.length > 0
          ? `${name} becomes the Metronome customer of ${contracts.map((k) => `"${k.key}"`).join(', ')}, with ingest alias ${c.id} so events carrying it in "${payloadKeys}" are attributed unchanged.`
          : `${name} has no subscription billed by Metronome; create the Metronome customer (ingest alias ${c.id}) when they get a contract.`,
    })
  }
}
