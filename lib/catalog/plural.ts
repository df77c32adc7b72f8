/** "1 price", "3 prices": counts in sentences people read, never "price(s)". */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`
}
