// Portal pages: a 404 ArmError (missing, or not visible to the caller) becomes Next's
// notFound(), which renders the "Resource not found" blade. Other errors propagate.
import { notFound } from 'next/navigation'
import { isArmError } from '@/server/arm/errors'

export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    if (isArmError(error) && error.status === 404) notFound()
    throw error
  }
}
