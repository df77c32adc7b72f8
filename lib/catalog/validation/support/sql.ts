/**
 * A small lexer and a few structural reads of SQL billable-metric queries, enough for MTR-18 … MTR-22.
 * Pure; never throws. It is a linter's view, not a parser: comments and string literals are set aside
 * first so that words inside them never count.
 */
export type Token = { kind: 'word' | 'string' | 'number' | 'op' | 'open' | 'close' | 'comma'; text: string; upper: string; depth: number }

export function tokenize(sql: string): Token[] {
  const out: Token[] = []
  let depth = 0
  let i = 0
  const n = sql.length
  const push = (kind: Token['kind'], text: string) => out.push({ kind, text, upper: text.toUpperCase(), depth })
  while (i < n) {
    const c = sql[i]!
    if (/\s/.test(c)) {
      i++
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2)
      i = end < 0 ? n : end + 2
    } else if (c === "'") {
      let j = i + 1
      let text = ''
      while (j < n) {
        if (sql[j] === "'" && sql[j + 1] === "'") {
          text += "'"
          j += 2
        } else if (sql[j] === "'") break
        else text += sql[j++]
      }
      push('string', text)
      i = j + 1
    } else if (c === '"' || c === '`') {
      const end = sql.indexOf(c, i + 1)
      const text = sql.slice(i + 1, end < 0 ? n : end)
      i = end < 0 ? n : end + 1
      // A quoted identifier may continue a dotted name: properties."my-field".
      const prev = out[out.length - 1]
      if (prev && prev.kind === 'word' && prev.text.endsWith('.')) {
        prev.text += text
        prev.upper = prev.text.toUpperCase()
      } else push('word', text)
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1
      while (j < n && /[A-Za-z0-9_.$]/.test(sql[j]!)) j++
      push('word', sql.slice(i, j))
      i = j
    } else if (/[0-9]/.test(c)) {
      let j = i + 1
      while (j < n && /[0-9.eE]/.test(sql[j]!)) j++
      push('number', sql.slice(i, j))
      i = j
    } else if (c === '(') {
      push('open', c)
      depth++
      i++
    } else if (c === ')') {
      depth = Math.max(0, depth - 1)
      push('close', c)
      i++
    } else if (c === ',') {
      push('comma', c)
      i++
    } else {
      let j = i + 1
      while (j < n && /[<>=!|]/.test(sql[j]!) && /[<>=!|]/.test(c)) j++
      push('op', sql.slice(i, j))
      i = j
    }
  }
  return out
}

const KEYWORDS_BEFORE_PAREN = new Set([
  'IN', 'NOT', 'AND', 'OR', 'FROM', 'SELECT', 'WHERE', 'AS', 'ON', 'JOIN', 'EXISTS', 'WHEN', 'THEN', 'ELSE', 'VALUES', 'OVER', 'WITH', 'BY', 'HAVING', 'USING', 'LIKE', 'IS', 'CASE', 'END', 'DISTINCT', 'ALL', 'ANY', 'UNION', 'INTERVAL',
])

/** Names of functions called (`NAME(`), upper-cased, in order of appearance. */
export function functionCalls(tokens: Token[]): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = []
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]
    if (t.kind === 'word' && next?.kind === 'open' && !KEYWORDS_BEFORE_PAREN.has(t.upper)) out.push({ name: t.upper, index: i })
  })
  return out
}

/** Tables named after FROM or JOIN (sub-selects are skipped). */
export function tablesRead(tokens: Token[]): string[] {
  const out: string[] = []
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || (t.upper !== 'FROM' && t.upper !== 'JOIN')) return
    const next = tokens[i + 1]
    if (next?.kind === 'word') out.push(next.text)
  })
  return out
}

/** Output column names of the outermost SELECT (aliases, else the bare column's last name part). */
export function outputColumns(tokens: Token[]): string[] | undefined {
  const start = tokens.findIndex((t) => t.kind === 'word' && t.upper === 'SELECT' && t.depth === 0)
  if (start < 0) return undefined
  const items: Token[][] = [[]]
  for (let i = start + 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.depth === 0 && t.kind === 'word' && t.upper === 'FROM') break
    if (t.depth === 0 && t.kind === 'comma') items.push([])
    else items[items.length - 1]!.push(t)
  }
  const names: string[] = []
  for (const item of items) {
    if (item.length === 0) return undefined
    const as = item.findIndex((t) => t.depth === 0 && t.kind === 'word' && t.upper === 'AS')
    const last = item[item.length - 1]!
    if (as >= 0 && item[as + 1]?.kind === 'word') names.push(item[as + 1]!.text)
    else if (last.kind === 'word' && item.length === 1) names.push(last.text.split('.').pop()!)
    else if (last.kind === 'word' && item.length > 1 && item[item.length - 2]?.kind !== 'op') names.push(last.text)
    else return undefined
  }
  return names
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%'])
const NUMERIC_FUNCTIONS = new Set(['SUM', 'AVG', 'MIN', 'MAX', 'ROUND', 'CEIL', 'FLOOR', 'LEAST', 'GREATEST'])

/** `properties.*` references used in arithmetic or numeric aggregates outside any CAST. */
export function uncastProperties(tokens: Token[]): string[] {
  const out: string[] = []
  const stack: string[] = []
  tokens.forEach((t, i) => {
    if (t.kind === 'open') {
      const prev = tokens[i - 1]
      stack.push(prev?.kind === 'word' ? prev.upper : '')
      return
    }
    if (t.kind === 'close') {
      stack.pop()
      return
    }
    if (t.kind !== 'word' || !t.upper.startsWith('PROPERTIES.')) return
    if (stack.includes('CAST')) return
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    const inNumeric = NUMERIC_FUNCTIONS.has(stack[stack.length - 1] ?? '')
    const inArithmetic = (prev?.kind === 'op' && ARITHMETIC.has(prev.text)) || (next?.kind === 'op' && ARITHMETIC.has(next.text))
    if ((inNumeric || inArithmetic) && !out.includes(t.text)) out.push(t.text)
  })
  return out
}
