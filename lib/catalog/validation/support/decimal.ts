/**
 * Safe decimal reads for rules: never throws, never uses floats for comparisons. Pure (money.ts).
 */
import { dec, isDecimalString, type Dec } from '../../money'

/** The decimal value of a catalogue decimal string, or undefined when it is not one. */
export function decimalOf(value: unknown): Dec | undefined {
  return isDecimalString(value) ? dec(value) : undefined
}

/** A decimal from an event property (number or numeric string, exponent allowed), or undefined. */
export function numericOf(value: unknown): Dec | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? dec(value) : undefined
  if (typeof value === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) {
    try {
      return dec(value.trim())
    } catch {
      return undefined
    }
  }
  return undefined
}

/** Whether a decimal string is below zero, without building a Decimal ("-0" and "-0.0" are not). */
export function isNegativeDecimal(s: string): boolean {
  return s.charCodeAt(0) === 45 && /[1-9]/.test(s)
}

/**
 * Whether a decimal string has at most 15 significant digits, which every double represents exactly
 * (the fast path before money.ts toMetronomeNumber, which builds two Decimals).
 */
export function fitsInDouble(s: string): boolean {
  if (s.length > 300) return false
  let digits = 0
  let leading = true
  let trailingZeros = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) continue
    if (leading && c === 48) continue
    leading = false
    digits++
    trailingZeros = c === 48 ? trailingZeros + 1 : 0
  }
  return digits - trailingZeros <= 15
}
