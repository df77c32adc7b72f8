import { z } from 'zod'

export const ZReviewComment = z.object({ comment: z.string().trim().max(2000).optional() })
