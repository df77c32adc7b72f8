import { badRequest, conflict } from '../errors'
import type { EmulatorState } from '../types'

// Custom fields (metronome-api.md §3.5 CF1): a key must be on the entity's allow-list (customFields/addKey) before
// use; keys ≤ 100 chars, values ≤ 200 chars; `enforce_uniqueness` rejects a value another entity already has.

export const MAX_KEY_LENGTH = 100
export const MAX_VALUE_LENGTH = 200

export function customFieldsOf(state: EmulatorState, entity: string, entityId: string): Record<string, string> {
  return { ...(state.custom_field_values[entity]?.[entityId] ?? {}) }
}

export function checkCustomFieldValues(
  state: EmulatorState,
  entity: string,
  entityId: string | null,
  values: Record<string, string>,
): void {
  for (const [key, value] of Object.entries(values)) {
    const def = state.custom_field_keys.find((k) => k.entity === entity && k.key === key)
    if (!def) throw badRequest(`Custom field key '${key}' is not defined for entity '${entity}'. Add it with customFields/addKey first.`)
    if (value.length > MAX_VALUE_LENGTH) {
      throw badRequest(`custom_fields.${key}: custom field values are limited to ${MAX_VALUE_LENGTH} characters`)
    }
    if (def.enforce_uniqueness) {
      const holders = state.custom_field_values[entity] ?? {}
      for (const [otherId, fields] of Object.entries(holders)) {
        if (otherId !== entityId && fields[key] === value) {
          throw conflict(`Custom field '${key}' enforces uniqueness and the value '${value}' is already used by ${entity} ${otherId}`)
        }
      }
    }
  }
}

export function writeCustomFields(state: EmulatorState, entity: string, entityId: string, values: Record<string, string>): void {
  if (Object.keys(values).length === 0) return
  const byEntity = (state.custom_field_values[entity] ??= {})
  byEntity[entityId] = { ...(byEntity[entityId] ?? {}), ...values }
}
