/**
 * Turns Stripe SDK errors into messages a billing engineer can act on. Keys never appear in
 * messages: Stripe's own 401 text masks them, and we never echo the input.
 */
import Stripe from 'stripe'

export type StripeFailure = { kind: 'auth' | 'permission' | 'rate_limit' | 'unreachable' | 'server' | 'request'; message: string; retryable: boolean }

export function describeStripeError(e: unknown, baseUrl?: string | null): StripeFailure {
  const where = baseUrl ? baseUrl : 'api.stripe.com'
  if (e instanceof Stripe.errors.StripeAuthenticationError) {
    return { kind: 'auth', message: `Stripe rejected the key: ${e.message}`, retryable: false }
  }
  if (e instanceof Stripe.errors.StripePermissionError) {
    return { kind: 'permission', message: `The key lacks a permission Ratecraft needs: ${e.message}. Grant read access to Billing, Products, Prices, Customers and Subscriptions.`, retryable: false }
  }
  if (e instanceof Stripe.errors.StripeRateLimitError) {
    return { kind: 'rate_limit', message: 'Stripe rate limit reached (429)', retryable: true }
  }
  if (e instanceof Stripe.errors.StripeConnectionError) {
    return { kind: 'unreachable', message: `Could not reach Stripe at ${where}: ${e.message}`, retryable: true }
  }
  if (e instanceof Stripe.errors.StripeAPIError || (e instanceof Stripe.errors.StripeError && (e.statusCode ?? 0) >= 500)) {
    return { kind: 'server', message: `Stripe answered with a server error: ${e.message}`, retryable: true }
  }
  if (e instanceof Stripe.errors.StripeError) {
    return { kind: 'request', message: `Stripe refused the request: ${e.message}`, retryable: false }
  }
  return { kind: 'unreachable', message: `Could not reach Stripe at ${where}: ${e instanceof Error ? e.message : String(e)}`, retryable: true }
}
