import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './fetcher'

/** One QueryClient recipe (architecture.md convention 9): staleTime > 0, no retry on 4xx. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
