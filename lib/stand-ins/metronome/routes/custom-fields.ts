import type { RouteDef } from '../context'
import { badRequest } from '../errors'
import { requireMetric, requireProduct, requireRateCard } from '../lookups'
import { paginate } from '../pagination'
import { checkCustomFieldValues, MAX_KEY_LENGTH, writeCustomFields } from '../rules/custom-fields'
import { addKey, deleteValues, listKeys, removeKey, setValues } from '../schemas/custom-fields'
import { parseRequest } from '../schemas/validate'
import type { EmulatorState } from '../types'

const BASE = '/v1/customFields'

/** Instances the emulator models must exist; other entity kinds (customers, contracts…) are taken on trust. */
function requireInstance(state: EmulatorState, entity: string, id: string): void {
  if (entity === 'billable_metric') requireMetric(state, id)
  else if (entity === 'contract_product') requireProduct(state, id)
  else if (entity === 'rate_card') requireRateCard(state, id)
}

// addKey, removeKey, setValues and deleteValues answer 200 with no body (the SDK sends `Accept: */*` and returns void).
export const customFieldRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: `${BASE}/addKey`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(addKey, ctx.body)
      if (p.key.length === 0 || p.key.length > MAX_KEY_LENGTH) throw badRequest(`key must be 1 to ${MAX_KEY_LENGTH} characters`)
      const existing = ctx.state.custom_field_keys.find((k) => k.entity === p.entity && k.key === p.key)
      if (existing && existing.enforce_uniqueness !== p.enforce_uniqueness) {
        throw badRequest(`Custom field key '${p.key}' already exists for entity '${p.entity}' with enforce_uniqueness ${existing.enforce_uniqueness}`)
      }
      if (!existing) ctx.state.custom_field_keys.push({ entity: p.entity, key: p.key, enforce_uniqueness: p.enforce_uniqueness })
      return {}
    },
  },
  {
    method: 'POST',
    path: `${BASE}/removeKey`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(removeKey, ctx.body)
      const index = ctx.state.custom_field_keys.findIndex((k) => k.entity === p.entity && k.key === p.key)
      if (index < 0) throw badRequest(`Custom field key '${p.key}' does not exist for entity '${p.entity}'`)
      ctx.state.custom_field_keys.splice(index, 1)
      // "Existing values for this key … will no longer be accessible once the key is removed."
      for (const fields of Object.values(ctx.state.custom_field_values[p.entity] ?? {})) delete fields[p.key]
      return {}
    },
  },
  {
    method: 'POST',
    path: `${BASE}/setValues`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(setValues, ctx.body)
      requireInstance(ctx.state, p.entity, p.entity_id)
      checkCustomFieldValues(ctx.state, p.entity, p.entity_id, p.custom_fields)
      writeCustomFields(ctx.state, p.entity, p.entity_id, p.custom_fields)
      return {}
    },
  },
  {
    method: 'POST',
    path: `${BASE}/deleteValues`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(deleteValues, ctx.body)
      requireInstance(ctx.state, p.entity, p.entity_id)
      const fields = ctx.state.custom_field_values[p.entity]?.[p.entity_id]
      for (const key of p.keys) if (fields) delete fields[key]
      return {}
    },
  },
  {
    method: 'POST',
    path: `${BASE}/listKeys`,
    mutates: false,
    handler(ctx) {
      const p = parseRequest(listKeys, ctx.body)
      const keys = ctx.state.custom_field_keys.filter((k) => !p.entities || p.entities.includes(k.entity as never))
      // CursorPageWithoutLimit: the spec takes only next_page in the query.
      return { body: paginate(keys, ctx.query, ctx.defaultPageSize, false) }
    },
  },
]
