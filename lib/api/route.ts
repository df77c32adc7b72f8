/**
 * Route-handler glue: every handler is `withRoute(spec, handler)` (architecture.md convention 7).
 * It authenticates, loads the workspace and the member's role, checks the action's permission,
 * parses params/query/body with zod, calls the service and maps every error through
 * toProblemResponse — so handlers stay a few lines and no route can forget a check.
 */
import 'server-only'
import type { z } from 'zod'
import type { Action } from '@/lib/auth/permissions'
import { UnauthenticatedError, NotFoundError, ForbiddenError, CatalogError } from '@/lib/catalog/errors'
import { getDb } from '@/lib/db/client'
import { findMembership, findWorkspaceBySlug } from '@/lib/db/workspaces'
import { authorize, systemClock, type WorkspaceCtx } from '@/lib/services/context'
import { toProblemResponse } from './problem'
import { sessionUser } from './session'

type RouteContext = { params?: Promise<Record<string, string | string[]> | undefined> }

type Spec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = {
  action: Action
  body?: B
  query?: Q
  status?: number
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined

export type RouteInput<B, Q> = { body: Infer<B>; query: Infer<Q>; params: Record<string, string>; req: Request }

async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get('content-type') ?? ''
  // JSON-only mutations: a cross-site form cannot send application/json without a CORS preflight.
  if (!type.includes('application/json')) throw new CatalogError('Send the request body as JSON (content-type: application/json)', { status: 415, code: 'unsupported_media_type' })
  const text = await req.text()
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new CatalogError('The request body is not valid JSON', { status: 400, code: 'invalid_json' })
  }
}

function assertSameOrigin(req: Request) {
  if (req.method === 'GET' || req.method === 'HEAD') return
  const origin = req.headers.get('origin')
  if (origin && new URL(origin).host !== (req.headers.get('x-forwarded-host') ?? req.headers.get('host'))) {
    throw new ForbiddenError('Cross-site requests are not allowed')
  }
}

export async function parseInput<B extends z.ZodType | undefined, Q extends z.ZodType | undefined>(req: Request, spec: { body?: B; query?: Q }, params: Record<string, string>): Promise<RouteInput<B, Q>> {
  const body = spec.body ? spec.body.parse(await readJson(req)) : undefined
  const query = spec.query ? spec.query.parse(Object.fromEntries(new URL(req.url).searchParams)) : undefined
  return { body: body as Infer<B>, query: query as Infer<Q>, params, req }
}

export function flatParams(raw: Record<string, string | string[]> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(raw ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]))
}

/** A handler under /api/w/[ws]/…: signed in, member of the workspace, allowed to do `action`. */
export function withRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  spec: Spec<B, Q>,
  handler: (ctx: WorkspaceCtx, input: RouteInput<B, Q>) => Promise<unknown>,
) {
  return async (req: Request, rc: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req)
      const params = flatParams(await rc?.params)
      const user = await sessionUser(req)
      if (!user) throw new UnauthenticatedError('Your session has expired. Sign in again.')
      const db = getDb()
      const workspace = await findWorkspaceBySlug(db, params.ws ?? '')
      if (!workspace) throw new NotFoundError(`Workspace "${params.ws}"`)
      const role = await findMembership(db, workspace.id, user.id)
      if (!role) throw new ForbiddenError(`You are not a member of workspace "${workspace.slug}"`)
      const ctx: WorkspaceCtx = { db, workspace, actor: { id: user.id, email: user.email, role }, clock: systemClock }
      authorize(ctx, spec.action)
      const input = await parseInput(req, spec, params)
      const result = await handler(ctx, input)
      if (result instanceof Response) return result
      return Response.json(result ?? {}, { status: spec.status ?? 200 })
    } catch (e) {
      return toProblemResponse(e)
    }
  }
}

/** A handler that needs no workspace (sign-in, sign-up, me). */
export function withPublicRoute<B extends z.ZodType | undefined = undefined>(spec: { body?: B; status?: number }, handler: (input: RouteInput<B, undefined>) => Promise<unknown>) {
  return async (req: Request, rc: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req)
      const input = await parseInput(req, spec, flatParams(await rc?.params))
      const result = await handler(input)
      if (result instanceof Response) return result
      return Response.json(result ?? {}, { status: spec.status ?? 200 })
    } catch (e) {
      return toProblemResponse(e)
    }
  }
}
