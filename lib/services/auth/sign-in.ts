import type { z } from 'zod'
import type { ZSignIn } from '@/lib/contracts/auth'
import { UnauthenticatedError } from '@/lib/catalog/errors'
import type { Db } from '@/lib/db/client'
import { findUserByEmail } from '@/lib/db/users'
import type { Clock } from '../context'
import { verifyPassword } from './passwords'
import { createSession } from './sessions'

export async function signIn(db: Db, input: z.infer<typeof ZSignIn>, clock: Clock, sessionDays: number) {
  const user = await findUserByEmail(db, input.email)
  // One message for unknown email and wrong password: the form must not reveal which accounts exist.
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new UnauthenticatedError('Email or password is incorrect.')
  }
  const session = await createSession(db, user.id, clock, sessionDays)
  return { user: { id: user.id, email: user.email, name: user.name }, ...session }
}
