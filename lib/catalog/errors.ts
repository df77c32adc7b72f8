/**
 * Domain errors with an HTTP-ish status and a stable code. Pure.
 * lib/api maps them to problem+json; the CLI maps them to exit codes. Anything that is not a
 * CatalogError is a bug and surfaces as a generic 500 (logged once, never leaked).
 */
export class CatalogError extends Error {
  readonly status: number
  readonly code: string
  readonly details?: unknown

  constructor(message: string, opts: { status?: number; code?: string; details?: unknown } = {}) {
    super(message)
    this.name = new.target.name
    this.status = opts.status ?? 400
    this.code = opts.code ?? 'bad_request'
    this.details = opts.details
  }
}

export class NotFoundError extends CatalogError {
  constructor(what: string) {
    super(`${what} was not found`, { status: 404, code: 'not_found' })
  }
}

export class ForbiddenError extends CatalogError {
  constructor(message = 'Your role does not allow this action') {
    super(message, { status: 403, code: 'forbidden' })
  }
}

export class UnauthenticatedError extends CatalogError {
  constructor(message = 'Sign in to continue') {
    super(message, { status: 401, code: 'unauthenticated' })
  }
}

export class ConflictError extends CatalogError {
  constructor(message: string, details?: unknown) {
    super(message, { status: 409, code: 'conflict', details })
  }
}

/** Input that parses but cannot be acted on; `details` carries per-field problems. */
export class InvalidInputError extends CatalogError {
  constructor(message: string, details?: unknown) {
    super(message, { status: 422, code: 'invalid_input', details })
  }
}

/** A call to Stripe or Metronome failed in a way the user can act on (bad key, 400 from the API). */
export class UpstreamError extends CatalogError {
  constructor(message: string, opts: { status?: number; code?: string; details?: unknown } = {}) {
    super(message, { status: opts.status ?? 502, code: opts.code ?? 'upstream_error', details: opts.details })
  }
}
