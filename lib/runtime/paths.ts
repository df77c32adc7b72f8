/**
 * Where local state lives. Commands run from the project root (README), so `.data/` is resolved
 * against the working directory unless RATECRAFT_DATA_DIR says otherwise.
 * (turbopackIgnore: these are runtime paths, not files the server bundle should trace.)
 */
import path from 'node:path'

export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.RATECRAFT_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.data'))
}

export function dataPath(...parts: string[]): string {
  return path.join(/* turbopackIgnore: true */ dataDir(), ...parts)
}
