/** Vite's `?raw` imports (used by tests to read docs without node built-ins). */
declare module '*.md?raw' {
  const text: string
  export default text
}
