#!/usr/bin/env node
// The `ratecraft` CLI: TypeScript sources run through tsx, resolved against this project's tsconfig.
import path from 'node:path'
import { register } from 'tsx/esm/api'

const root = path.resolve(import.meta.dirname, '..')
register({ tsconfig: path.join(root, 'tsconfig.json') })
await import(path.join(root, 'lib/cli/main.ts'))
