/**
 * Where a JSON text stops being JSON. Pure.
 * `JSON.parse` error messages differ between engines and often carry no position (V8: `Unexpected
 * token '}', "{"a":}" is not valid JSON`), so this small recursive-descent scanner finds the first
 * offending character itself and reports it as 1-based line and column.
 */
export type JsonSyntaxError = { offset: number; line: number; column: number; message: string }

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly why: string,
  ) {
    super(why)
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const describe = (at: number) => (at >= text.length ? 'the end of the text' : `"${text[at]}"`)
  const fail = (why: string): never => {
    throw new Stop(i, why)
  }
  const expectChar = (c: string) => {
    if (text[i] !== c) fail(`expected "${c}" but found ${describe(i)}`)
    i++
  }
  const string = () => {
    expectChar('"')
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i)
      if (c < 0x20) fail('control characters must be escaped inside strings')
      if (text[i] === '\\') {
        i++
        const e = text[i]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('\\u must be followed by four hex digits')
          i += 5
          continue
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`invalid escape "\\${e ?? ''}"`)
      }
      i++
    }
    if (i >= text.length) fail('unterminated string (missing closing quote)')
    i++
  }
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
    if (!m || m[0] === '' || m[0] === '-') fail(`unexpected ${describe(i)}`)
    i += m![0].length
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{') return object()
    if (c === '[') return array()
    if (c === '"') return string()
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length
        return
      }
    }
    fail(c === undefined ? 'unexpected end of the text: a value is missing' : `unexpected ${describe(i)} where a value should be`)
  }
  const object = () => {
    expectChar('{')
    ws()
    if (text[i] === '}') {
      i++
      return
    }
    for (;;) {
      ws()
      if (text[i] !== '"') fail(text[i] === '}' ? 'trailing comma before "}"' : `expected a quoted property name but found ${describe(i)}`)
      string()
      ws()
      expectChar(':')
      value()
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        return
      }
      fail(`expected "," or "}" after a property value but found ${describe(i)}`)
    }
  }
  const array = () => {
    expectChar('[')
    ws()
    if (text[i] === ']') {
      i++
      return
    }
    for (;;) {
      value()
      ws()
      if (text[i] === ',') {
        i++
        ws()
        if (text[i] === ']') fail('trailing comma before "]"')
        continue
      }
      if (text[i] === ']') {
        i++
        return
      }
      fail(`expected "," or "]" after an array element but found ${describe(i)}`)
    }
  }
  try {
    value()
    ws()
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the document`)
    return null
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    const before = text.slice(0, e.at)
    const line = before.split('\n').length
    const column = e.at - (before.lastIndexOf('\n') + 1) + 1
    return { offset: e.at, line, column, message: e.why }
  }
}
