// A new user gets what a new Azure account gets: their own tenant and a subscription
// named "Azure subscription 1", with them as Owner.
import { hash } from '@node-rs/argon2'
import { z } from 'zod'
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import { isUniqueViolation } from '../db/errors'
import { subscriptionScope } from './permissions'

export const ZSignUpInput = z.object({
  email: z.email('Enter a valid email address.').transform((e) => e.toLowerCase()),
  password: z.string().min(8, 'The password must be at least 8 characters long.').max(256),
  displayName: z.string().trim().max(100).optional(),
})
export type TSignUpInput = z.input<typeof ZSignUpInput>

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

export async function signUp({ input }: { input: TSignUpInput }) {
  const data = parseOrThrow(ZSignUpInput, input)
  const passwordHash = await hash(data.password, ARGON2_OPTIONS)
  const displayName = data.displayName || data.email.split('@')[0]
  try {
    return await db.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({ data: { displayName: `${displayName}'s directory` } })
      const user = await tx.user.create({ data: { email: data.email, displayName, passwordHash, tenantId: tenant.id } })
      const subscription = await tx.subscription.create({ data: { displayName: 'Azure subscription 1', tenantId: tenant.id } })
      await tx.roleAssignment.create({
        data: { principalId: user.id, principalType: 'User', roleName: 'Owner', scope: subscriptionScope(subscription.id), subscriptionId: subscription.id },
      })
      return { user, tenant, subscription }
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new ArmError('EmailAlreadyRegistered', 'An account with this email address already exists.', { target: 'email' })
    throw error
  }
}
