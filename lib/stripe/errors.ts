/**
 * Turns Stripe SDK errors into messages a billing engineer can act on. Keys never appear in
 * messages: Stripe's own 401 text masks them, and we never echo the input.
 */
import Stripe from 'stripe'

export type StripeFailure = {
  kind: 'auth' | 'permission' | 'rate_limit' | 'unreachable' | 'server' | 'request'
  message: string
  retryable: boolean
  /** Stripe's error code (e.g. resource_missing) and the parameter it names, when it gave them. */
  code?: string
  param?: string
  status?: number
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET'])

export function describeStripeError(e: unknown, baseUrl?: string | null): StripeFailure {
  const where = baseUrl ? baseUrl : 'api.stripe.com'
  if (e instanceof Stripe.errors.StripeAuthenticationError) {
    return { kind: 'auth', message: `Stripe rejected the key: ${e.message}`, retryable: false, status: e.statusCode }
  }
  if (e instanceof Stripe.errors.StripePermissionError) {
    return { kind: 'permission', message: `The key lacks a permission Ratecraft needs: ${e.message}. Grant read access to Billing, Products, Prices, Customers, Subscriptions, Coupons and Promotion codes.`, retryable: false, status: e.statusCode }
  }
  if (e instanceof Stripe.errors.StripeRateLimitError) {
    return { kind: 'rate_limit', message: 'Stripe rate limit reached (429)', retryable: true, status: 429 }
  }
  if (e instanceof Stripe.errors.StripeConnectionError) {
    return { kind: 'unreachable', message: `Could not reach Stripe at ${where}: ${e.message}`, retryable: true }
  }
  if (e instanceof Stripe.errors.StripeAPIError || (e instanceof Stripe.errors.StripeError && (e.statusCode ?? 0) >= 500)) {
    return { kind: 'server', message: `Stripe answered with a server error: ${e.message}`, retryable: true, status: e.statusCode }
  }
  if (e instanceof Stripe.errors.StripeError) {
    return { kind: 'request', message: `Stripe refused the request: ${e.message}`, retryable: false, code: e.code, param: e.param, status: e.statusCode }
  }
  const code = (e as { code?: unknown })?.code
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    return { kind: 'unreachable', message: `Could not reach Stripe at ${where}: ${code}`, retryable: true }
  }
  // Not a Stripe or network error: a response the SDK could not read. Retrying would not help.
  return { kind: 'request', message: `Unexpected response from Stripe at ${where}: ${e instanceof Error ? e.message : String(e)}`, retryable: false }
}
