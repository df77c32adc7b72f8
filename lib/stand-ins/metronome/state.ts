import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { seededPricingUnits } from './pricing-units-seed'
import type { EmulatorState } from './types'

export function createInitialState(): EmulatorState {
  return {
    schema_version: 1,
    seq: 0,
    pricing_units: seededPricingUnits(),
    billable_metrics: [],
    products: [],
    rate_cards: [],
    rates: [],
    packages: [],
    custom_field_keys: [],
    custom_field_values: {},
    uniqueness_keys: {},
    revoked_tokens: [],
    idempotency: {},
    silent_problems: [],
  }
}

/**
 * Loads a state file written by `saveState`. A missing file means a fresh account. A file that cannot be read as an
 * emulator state is an error rather than silently discarded: demo data must not vanish because of a bad edit.
 */
export function loadState(file: string): EmulatorState {
  if (!existsSync(file)) return createInitialState()
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!parsed || typeof parsed !== 'object' || (parsed as { schema_version?: unknown }).schema_version !== 1) {
    throw new Error(`Metronome emulator: ${file} is not an emulator state file (schema_version 1)`)
  }
  // Fill collections added after the file was written, so older files keep loading.
  return { ...createInitialState(), ...(parsed as EmulatorState) }
}

/** Atomic write: a crash mid-write leaves the previous file intact (temp file in the same directory + rename). */
export function saveState(file: string, state: EmulatorState): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(state))
  renameSync(tmp, file)
}

export function nextSeq(state: EmulatorState): number {
  state.seq += 1
  return state.seq
}
