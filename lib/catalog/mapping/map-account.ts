/**
 * Account-level decisions (M23, M24). Pure over the context.
 * Payments, tax, dunning, revenue recognition and Radar stay in Stripe in both integration patterns
 * (Metronome pushes finalised invoices); Stripe's one-hour meter grace period becomes Metronome's
 * 24-hour invoice grace period.
 */
import type { DraftContext } from './draft-context'

export function mapAccount(ctx: DraftContext): void {
  const id = ctx.snap.account.id
  ctx.decide({
    stripeType: 'account',
    stripeId: id,
    rule: 'M24',
    targets: [],
    fidelity: 'exact',
    reason:
      ctx.pattern === 'metronome_only'
        ? 'Payments, tax, dunning, revenue recognition and Radar stay in Stripe: Metronome pushes each finalised invoice to the Stripe customer; Checkout sign-up needs custom work in this pattern.'
        : 'Payments, tax, dunning, revenue recognition and Radar stay in Stripe, alongside the Stripe Subscriptions that keep the flat-rate and seat charges; Metronome invoices land on the same Stripe customer.',
    lost: 'Invoices over 250 line items are collapsed by Metronome into one line; with "skip zero-total invoices", invoices under the Stripe minimum charge ($0.50) are skipped.',
  })
  ctx.decide({
    stripeType: 'account',
    stripeId: id,
    rule: 'M23',
    targets: [],
    fidelity: 'approximate',
    reason: "Stripe accepts meter events up to one hour after a period closes; Metronome's invoice grace period is 24 hours by default (changeable through Metronome support).",
    lost: 'Late-event tolerance changes: check that the event pipeline delivers within the new grace period.',
  })
}
