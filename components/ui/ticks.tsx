import { Fragment } from 'react'

/** Renders `backticked` spans of a plain-text message as inline code (rule texts use Markdown ticks). */
export function Ticks({ text }: Readonly<{ text: string }>) {
  const parts = text.split('`')
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 py-px font-mono text-[0.85em] text-slate-800">{p}</code>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  )
}
