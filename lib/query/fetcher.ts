/**
 * apiFetch: the browser's only way to call the API. Parses problem+json into ApiError, whose
 * message is shown to people only for 4xx (our own words); 5xx get fixed copy.
 */
export type InvalidParam = { name: string; reason: string }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly invalidParams: InvalidParam[] = [],
    readonly details?: unknown,
  ) {
    super(message)
  }

  /** What a toast or inline alert should say. */
  get userMessage(): string {
    return this.status < 500 ? this.message : 'Something went wrong on our side. Try again in a moment.'
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init
  let res: Response
  try {
    res = await fetch(path, {
      ...rest,
      headers: { accept: 'application/json', ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the Ratecraft server. Check your connection.')
  }
  const text = await res.text()
  const body = text ? safeJson(text) : null
  if (!res.ok) {
    const p = (body ?? {}) as { detail?: string; code?: string; invalidParams?: InvalidParam[]; details?: unknown }
    if (res.status === 401 && typeof window !== 'undefined' && !path.startsWith('/api/auth/')) {
      window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}&expired=1`)
    }
    throw new ApiError(res.status, p.code ?? 'error', p.detail ?? `Request failed (${res.status})`, p.invalidParams ?? [], p.details)
  }
  return body as T
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
