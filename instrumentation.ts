/**
 * Server start: validate the environment (naming any bad variable), make sure the database answers
 * (one line naming the URL if not), and start the job worker once per process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startServer } = await import('./lib/runtime/server-start')
  await startServer()
}
