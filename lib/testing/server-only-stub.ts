// Empty stand-in for the `server-only` marker package under Vitest and plain Node.
