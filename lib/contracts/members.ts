import { z } from 'zod'
import { ROLES } from '@/lib/auth/permissions'

export const ZAddMember = z.object({
  email: z.email({ error: 'Enter a valid email address' }).max(254),
  role: z.enum(ROLES, { error: `Choose a role: ${ROLES.join(', ')}` }),
  password: z.string().min(8, 'Use at least 8 characters').max(200).optional(),
})

export const ZUpdateMember = z
  .object({
    role: z.enum(ROLES, { error: `Choose a role: ${ROLES.join(', ')}` }).optional(),
    password: z.string().min(8, 'Use at least 8 characters').max(200).optional(),
  })
  .refine((v) => v.role || v.password, { message: 'Give a new role or a new password' })

export type TMember = { userId: string; email: string; name: string | null; role: (typeof ROLES)[number]; canSignIn: boolean; since: string }
