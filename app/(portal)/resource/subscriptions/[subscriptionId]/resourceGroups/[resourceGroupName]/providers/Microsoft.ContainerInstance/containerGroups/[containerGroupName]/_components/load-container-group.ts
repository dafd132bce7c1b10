// Every container group page starts the same way: who is asking, and the group they may see.
import { notFound } from 'next/navigation'
import { safeDecode } from '@/components/safe-decode'
import { orNotFound } from '@/components/or-not-found'
import { requirePrincipal } from '@/server/auth/session'
import { getContainerGroupOrThrow } from '@/server/containergroups/get-container-group-or-throw'

export type ContainerGroupParams = { subscriptionId: string; resourceGroupName: string; containerGroupName: string }

export async function loadContainerGroup(params: Promise<ContainerGroupParams>) {
  const { subscriptionId, resourceGroupName, containerGroupName } = await params
  const principal = await requirePrincipal()
  const group = await orNotFound(
    getContainerGroupOrThrow({
      principal,
      subscriptionId,
      resourceGroupName: safeDecode(resourceGroupName) ?? notFound(),
      name: safeDecode(containerGroupName) ?? notFound(),
    }),
  )
  return { principal, group }
}
