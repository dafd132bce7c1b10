'use server'
import { z } from 'zod'
import { publicAction } from '@/server/auth/public-action'
import { signUp, ZSignUpInput } from '@/server/auth/sign-up'

const ZSignUpFormInput = ZSignUpInput.extend({ confirmPassword: z.string() }).refine((value) => value.password === value.confirmPassword, {
  message: 'The passwords do not match.',
  path: ['confirmPassword'],
})

export const signUpAction = publicAction(ZSignUpFormInput, async ({ input }) => {
  const { user } = await signUp({ input: { email: input.email, password: input.password, displayName: input.displayName } })
  return { email: user.email }
})
