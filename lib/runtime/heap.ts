/**
 * Heap compaction for processes that exist to run imports (the CLI, `npm run worker`). An import
 * streams tens of megabytes of JSON through large strings (each page's HTTP body and its upsert
 * parameter), which V8 places in large-object space and frees only at a full collection — so the heap
 * grew to twice what the import holds before V8 collected it. A full collection when the heap has
 * grown by more than `growthMb` since the last one keeps the resident size near the live size; it
 * costs 15–30 ms, while an import spends most of its time waiting on Stripe's rate limit. Not used
 * inside the web server, where such pauses would be felt.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let gc: (() => void) | null | undefined

function collector(): (() => void) | null {
  if (gc !== undefined) return gc
  try {
    const exposed = (globalThis as { gc?: () => void }).gc
    if (exposed) return (gc = exposed)
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  } catch {
    gc = null
  }
  return gc
}

/** Starts compacting; returns the function that stops it. */
export function compactHeapWhileRunning(o: { everyMs?: number; growthMb?: number } = {}): () => void {
  const run = collector()
  if (!run) return () => {}
  let base = process.memoryUsage().heapUsed
  const t = setInterval(() => {
    if (process.memoryUsage().heapUsed - base < (o.growthMb ?? 32) * 1e6) return
    run()
    base = process.memoryUsage().heapUsed
  }, o.everyMs ?? 1000)
  t.unref()
  return () => clearInterval(t)
}
