/** The published JSON Schema: served at /schema/catalog-v1.json with exactly the text committed in docs/. */
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { GET } from '@/app/schema/catalog-v1.json/route'

it('serves docs/catalog-v1.schema.json', async () => {
  const res = GET()
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/)
  const text = await res.text()
  expect(text).toBe(fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/catalog-v1.schema.json'), 'utf8'))
  expect(JSON.parse(text).$id).toBe('https://ratecraft.dev/schema/catalog-v1.json')
})
