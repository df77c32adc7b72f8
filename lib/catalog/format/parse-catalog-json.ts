/**
 * Reads a catalogue JSON file (what `ratecraft apply` and the import dialog take). Pure; never throws.
 * Reports every problem at once — JSON syntax (with line and column), each schema problem with its
 * JSON Pointer, duplicate keys and dangling references — so a user fixes the file in one pass; the
 * caller changes nothing unless the result is ok.
 */
import { ZDraftCatalog, type TCatalog } from '../schemas'
import { referenceProblems } from './catalog-references'
import { findJsonSyntaxError } from './json-syntax'
import { schemaProblems, type CatalogProblem } from './schema-problems'

export type ParseCatalogResult = { ok: true; catalog: TCatalog } | { ok: false; problems: CatalogProblem[] }

export function parseCatalogJson(text: string): ParseCatalogResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    const at = findJsonSyntaxError(body)
    return {
      ok: false,
      problems: [
        at
          ? { path: '', line: at.line, column: at.column, message: `JSON syntax error at line ${at.line}, column ${at.column}: ${at.message}` }
          : { path: '', message: 'the file is not valid JSON' },
      ],
    }
  }
  const parsed = ZDraftCatalog.safeParse(doc)
  if (!parsed.success) return { ok: false, problems: schemaProblems(doc, parsed.error, ZDraftCatalog) }
  const problems = referenceProblems(parsed.data)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: parsed.data }
}

export type { CatalogProblem }
