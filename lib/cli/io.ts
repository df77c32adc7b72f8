/**
 * CLI output discipline: with --json exactly one JSON document goes to stdout; everything else
 * (progress, hints) goes to stderr so pipelines can parse stdout blindly.
 */
export class UsageError extends Error {}

export type Output = {
  json: boolean
  /** Progress and notes: always stderr. */
  progress(line: string): void
  /** The result: JSON document with --json, human text otherwise. */
  result(doc: unknown, human: () => string): void
}

export function makeOutput(json: boolean): Output {
  return {
    json,
    progress: (line) => process.stderr.write(`${line}\n`),
    result: (doc, human) => process.stdout.write(json ? `${JSON.stringify(doc)}\n` : `${human()}\n`),
  }
}

export function printError(json: boolean, message: string): void {
  if (json) process.stdout.write(`${JSON.stringify({ error: message })}\n`)
  else process.stderr.write(`ratecraft: ${message}\n`)
}
