/** Readable rate keys: `<card>:<product>[:<group values>][:<frequency>]`. Pure. */
import { slugify } from '../keys'

export function rateKeyBase(card: string, product: string, groupValues?: Record<string, string>, frequency?: string): string {
  const values = groupValues
    ? Object.keys(groupValues)
        .sort()
        .map((k) => groupValues[k])
        .join('-')
    : ''
  return slugify([card, product, values, frequency?.toLowerCase() ?? ''].filter(Boolean).join(':'), 'rate')
}
