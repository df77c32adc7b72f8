/**
 * Stripe's error envelope: `{ error: { type, message, code?, param?, doc_url? } }`.
 * Handlers throw `StripeHttpError`; the server turns it into the response.
 */

export type StripeErrorType =
  | 'api_error'
  | 'authentication_error'
  | 'card_error'
  | 'idempotency_error'
  | 'invalid_request_error'
  | 'permission_error'
  | 'rate_limit_error'

export interface StripeErrorBody {
  type: StripeErrorType
  message: string
  code?: string
  param?: string
  doc_url?: string
}

export class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    /** Extra response headers, e.g. `Stripe-Should-Retry`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message)
    this.name = 'StripeHttpError'
  }
}

const DOCS = 'https://docs.stripe.com/error-codes'

export function invalidRequest(message: string, extra: { param?: string; code?: string; status?: number } = {}) {
  const body: StripeErrorBody = { type: 'invalid_request_error', message }
  if (extra.code) {
    body.code = extra.code
    body.doc_url = `${DOCS}/${extra.code.replace(/_/g, '-')}`
  }
  if (extra.param) body.param = extra.param
  return new StripeHttpError(extra.status ?? 400, body)
}

export function missingParam(param: string) {
  return invalidRequest(`Missing required param: ${param}.`, { param, code: 'parameter_missing' })
}

export function unknownParam(param: string) {
  return invalidRequest(`Received unknown parameter: ${param}`, { param, code: 'parameter_unknown' })
}

/** Stripe's "No such <type>: '<id>'" — 404 on retrieve, 400 for a bad pagination cursor or filter. */
export function noSuch(typeName: string, id: string, opts: { param?: string; status?: number } = {}) {
  return invalidRequest(`No such ${typeName}: '${id}'`, {
    code: 'resource_missing',
    param: opts.param ?? 'id',
    status: opts.status ?? 404,
  })
}

export function unrecognizedUrl(method: string, path: string) {
  return invalidRequest(
    `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    { status: 404 },
  )
}

/** Mask an API key the way Stripe echoes it back: keep the mode prefix and the last four characters. */
export function maskKey(key: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(key)?.[0] ?? ''
  const rest = key.slice(prefix.length)
  return rest.length >= 4 ? `${prefix}****${rest.slice(-4)}` : `${prefix}****`
}

export function authError(kind: 'missing' | 'invalid' | 'expired', key = '') {
  if (kind === 'missing') {
    return new StripeHttpError(401, {
      type: 'authentication_error',
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    })
  }
  if (kind === 'expired') {
    return new StripeHttpError(401, {
      type: 'authentication_error',
      code: 'api_key_expired',
      message: `Expired API Key provided: ${maskKey(key)}`,
      doc_url: `${DOCS}/api-key-expired`,
    })
  }
  return new StripeHttpError(401, {
    type: 'authentication_error',
    message: `Invalid API Key provided: ${maskKey(key)}`,
  })
}

export function rateLimited(shouldRetry: boolean) {
  return new StripeHttpError(
    429,
    {
      type: 'invalid_request_error',
      code: 'rate_limit',
      message:
        'Request rate limit exceeded. You can learn more about rate limits here https://docs.stripe.com/rate-limits.',
      doc_url: `${DOCS}/rate-limit`,
    },
    // Without the header the SDK does not retry a 429; with `true` it always does (stripe-api.md §5).
    shouldRetry ? { 'Stripe-Should-Retry': 'true' } : {},
  )
}

export function apiError() {
  return new StripeHttpError(
    500,
    {
      type: 'api_error',
      message: 'An unknown error occurred while processing your request. (injected by the Stripe emulator)',
    },
    // The SDK retries any 5xx; an explicit header would override that, so none is sent.
  )
}
