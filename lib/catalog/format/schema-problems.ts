/**
 * zod issues → problems a person can act on: a JSON Pointer to the field and a message that names
 * the fix ("is required", "unknown field: remove it", "must be a string (got number)"). Pure.
 */
import type { z } from 'zod'
import { getAtPointer, pointer } from '../json-pointer'
import { allowedFields, schemaAt } from './schema-at'

export type CatalogProblem = { path: string; message: string; line?: number; column?: number }

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return `${typeof value} ${JSON.stringify(value)}`
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
}

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  const last = [...path].reverse().find((s) => typeof s === 'string')
  return last === undefined ? 'the document' : `"${String(last)}"`
}

export function schemaProblems(doc: unknown, error: z.ZodError, root: z.ZodType): CatalogProblem[] {
  const problems: CatalogProblem[] = []
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[]
    const at = pointer(...path.map((s) => (typeof s === 'symbol' ? String(s) : (s as string | number))))
    const value = getAtPointer(doc, at)
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED[String(issue.expected)] ?? String(issue.expected)
        problems.push({ path: at, message: value === undefined ? `${fieldName(path)} is required: add it (${expected})` : `${fieldName(path)} must be ${expected}, not ${kindOf(value)}` })
        break
      }
      case 'unrecognized_keys': {
        const allowed = allowedFields(schemaAt(root, path))
        for (const key of issue.keys) {
          problems.push({
            path: pointer(...path.map(String), key),
            message: `unknown field "${key}": remove it or fix its spelling${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`,
          })
        }
        break
      }
      case 'invalid_value': {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(' or ')
        problems.push({ path: at, message: value === undefined ? `${fieldName(path)} is required: add it (${allowed})` : `${fieldName(path)} must be ${allowed}, not ${kindOf(value)}` })
        break
      }
      default:
        problems.push({ path: at, message: `${fieldName(path)}: ${issue.message}` })
    }
  }
  return problems
}
