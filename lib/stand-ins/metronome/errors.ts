/**
 * An HTTP error answered as `{ "message": … }`, the body shape of every Metronome 4xx
 * (https://docs.metronome.com/api-reference/status-codes) and what the SDK's APIError reads.
 *
 * `phase` tells the idempotency layer whether the request "began executing": Metronome caches the outcome of a
 * keyed request only once it has passed request validation (docs: api-reference/idempotency), so schema failures
 * are not cached while rule failures, which ran against the account state, are.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly phase: 'schema' | 'execution' = 'execution',
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const badRequest = (message: string) => new ApiError(400, message)
export const notFound = (message: string) => new ApiError(404, message)
export const conflict = (message: string) => new ApiError(409, message)
