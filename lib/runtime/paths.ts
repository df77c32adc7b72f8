/**
 * Where local state lives. Commands run from the project root (README), so `.data/` is resolved
 * against the working directory unless RATECRAFT_DATA_DIR says otherwise.
 */
import path from 'node:path'

export function dataDir(): string {
  return path.resolve(process.env.RATECRAFT_DATA_DIR ?? path.join(process.cwd(), '.data'))
}

export function dataPath(...parts: string[]): string {
  return path.join(dataDir(), ...parts)
}
