import type { z } from 'zod'
import { ApiError } from '../errors'

// Error wording follows the style of an OpenAPI request validator (ajv, as used by express-openapi-validator):
// `request/body/<path> must …`. That Metronome words its 400s exactly like this is *inferred*; what matters for the
// app is a 400 `{message}` that names the offending field. Unknown fields are named too, which ajv does not do.

type Issue = z.core.$ZodIssue

const MAX_REPORTED = 5

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  return cur
}

const TYPE_NAMES: Record<string, string> = { int: 'integer', record: 'object', tuple: 'array' }

function describe(issue: Issue, input: unknown, where: string, hints: Record<string, string>): string {
  const at = [where, ...issue.path.map(String)].join('/')
  switch (issue.code) {
    case 'invalid_type': {
      const last = issue.path[issue.path.length - 1]
      if (last !== undefined && valueAt(input, issue.path) === undefined) {
        return `${[where, ...issue.path.slice(0, -1).map(String)].join('/')} must have required property '${String(last)}'`
      }
      return `${at} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`
    }
    case 'invalid_value':
      return `${at} must be equal to one of the allowed values: ${issue.values.map(String).join(', ')}`
    case 'unrecognized_keys': {
      const hinted = issue.keys.map((k) => hints[k]).filter((h): h is string => h !== undefined)
      if (hinted.length > 0) return hinted.join(', ')
      return `${at} must NOT have additional properties (${issue.keys.map((k) => `'${k}'`).join(', ')})`
    }
    case 'too_small':
      if (issue.origin === 'array') return `${at} must NOT have fewer than ${String(issue.minimum)} items`
      if (issue.origin === 'string') return `${at} must NOT have fewer than ${String(issue.minimum)} characters`
      return `${at} must be >= ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'array') return `${at} must NOT have more than ${String(issue.maximum)} items`
      if (issue.origin === 'string') return `${at} must NOT have more than ${String(issue.maximum)} characters`
      return `${at} must be <= ${String(issue.maximum)}`
    case 'invalid_format':
      return `${at} must match format "${issue.format === 'guid' || issue.format === 'uuid' ? 'uuid' : issue.format === 'datetime' ? 'date-time' : issue.format}"`
    default:
      return `${at} ${issue.message}`
  }
}

/**
 * Parses a request part with its schema or throws a 400 naming the field(s). `hints` replaces the generic
 * unknown-field message for fields a caller is likely to send by mistake (e.g. `type` on a product update).
 */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  input: unknown,
  opts: { where?: string; hints?: Record<string, string> } = {},
): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const where = opts.where ?? 'request/body'
  const messages = result.error.issues.slice(0, MAX_REPORTED).map((i) => describe(i, input, where, opts.hints ?? {}))
  throw new ApiError(400, [...new Set(messages)].join(', '), 'schema')
}
