import { expect, test } from 'vitest'
import { findJsonSyntaxError } from './json-syntax'

test.each([
  ['{"a":}', 1, 6, /where a value should be/],
  ['{\n  "a": 1,\n}', 3, 1, /trailing comma before "}"/],
  ['[1, 2,]', 1, 7, /trailing comma before "]"/],
  ['{"a" 1}', 1, 6, /expected ":"/],
  ['{"a": "x\n"}', 1, 9, /control characters/],
  ['{"a": 1} x', 1, 10, /after the end/],
  ['{"a": tru}', 1, 7, /unexpected/],
  ["{'a': 1}", 1, 2, /quoted property name/],
  ['{"a": "\\q"}', 1, 9, /invalid escape/],
  ['', 1, 1, /value is missing/],
  ['{"a": [1, 2}', 1, 12, /expected "," or "\]"/],
])('%j → line %i, column %i', (text, line, column, message) => {
  const e = findJsonSyntaxError(text)
  expect(e).toMatchObject({ line, column })
  expect(e?.message).toMatch(message)
})

test.each(['{}', '[]', '{"a": [1, -2.5e3, true, null, "\\u00e9"]}', ' 3 '])('valid JSON %j has no error', (text) => {
  expect(findJsonSyntaxError(text)).toBeNull()
})
