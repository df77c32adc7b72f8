/**
 * pglite-socket 0.2.17 serves every client connection from one PGlite session through a queue that
 * runs client messages one at a time, keeping a client's messages together only inside a
 * transaction. Outside one, two clients' extended-protocol sequences (Parse, Bind, Describe, Execute,
 * Sync) interleave and overwrite each other's unnamed prepared statement: concurrent parameterised
 * queries fail with "unnamed prepared statement does not exist", or run with another client's
 * statement. And a message that throws leaves the queue marked busy, so every client then hangs.
 *
 * This keeps each client's sequence together until its Sync (or a simple Query), keeps the transaction
 * rule, and recovers from a throwing message. Apply it to the server before `start()`.
 */
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket'

type Item = { handlerId: number; message: Uint8Array; resolve: (n: number) => void; reject: (e: unknown) => void; onData: (d: Uint8Array) => void }
type Db = { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(m: Uint8Array, o: { onRawData: (d: Uint8Array) => void }): Promise<unknown> }
type Queue = { queue: Item[]; processing: boolean; lastHandlerId: number | null; db: Db; processQueue(): Promise<void>; clearQueueForHandler(id: number): void }

/** Extended-protocol messages after which the same client's next message must follow: P B D E C H, and CopyData. */
const CONTINUES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48, 0x64])

export function keepProtocolSequencesTogether(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue?: Queue }).queryQueue
  if (!q || typeof q.processQueue !== 'function') return
  let openSequence: number | null = null

  q.processQueue = async function processQueue() {
    if (q.processing || q.queue.length === 0) return
    q.processing = true
    try {
      while (q.queue.length > 0) {
        const owner = openSequence ?? (q.db.isInTransaction() ? q.lastHandlerId : null)
        let item: Item | undefined
        if (owner !== null) {
          const k = q.queue.findIndex((x) => x.handlerId === owner)
          // The owner's next message has not arrived yet: it restarts the queue when it does.
          if (k === -1) break
          item = q.queue.splice(k, 1)[0]
        } else item = q.queue.shift()
        if (!item) break
        let bytes = 0
        try {
          await q.db.runExclusive(() => q.db.execProtocolRawStream(item.message, { onRawData: (d) => ((bytes += d.length), item.onData(d)) }))
        } catch (e) {
          openSequence = null
          item.reject(e)
          continue
        }
        q.lastHandlerId = item.handlerId
        openSequence = CONTINUES.has(item.message[0] ?? 0) ? item.handlerId : null
        item.resolve(bytes)
      }
    } finally {
      q.processing = false
    }
  }

  const clear = q.clearQueueForHandler.bind(q)
  q.clearQueueForHandler = (id: number) => {
    if (openSequence === id) openSequence = null
    clear(id)
  }
}
