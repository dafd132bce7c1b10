'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { CommandBar, CommandButton, CommandLink } from '@/components/command-bar'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { CommandIcons } from '@/components/icons/command-icons'
import { deleteResourceGroupAction } from '../actions'

export function ResourceGroupCommands({ subscriptionId, resourceGroupName }: { subscriptionId: string; resourceGroupName: string }) {
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onConfirm() {
    setPending(true)
    setError(null)
    const result = await deleteResourceGroupAction({ subscriptionId, resourceGroupName }).catch(() => null)
    setPending(false)
    if (!result?.ok) {
      setError(result?.error.message ?? 'Cerulean could not be reached. Try again.')
      return
    }
    setConfirming(false)
    router.push('/resource-groups')
    router.refresh()
  }

  return (
    <>
      <CommandBar>
        <CommandLink href="/create/container-instances" icon={CommandIcons.create}>
          Create
        </CommandLink>
        <CommandButton icon={CommandIcons.delete} onClick={() => setConfirming(true)}>
          Delete resource group
        </CommandButton>
        <CommandButton icon={CommandIcons.refresh} onClick={() => router.refresh()}>
          Refresh
        </CommandButton>
      </CommandBar>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${resourceGroupName}`}
        confirmLabel="Delete"
        cancelLabel="Cancel"
        confirmText={resourceGroupName}
        confirmTextLabel="Enter resource group name to confirm deletion"
        pending={pending}
        error={error}
        onConfirm={onConfirm}
        onCancel={() => {
          setConfirming(false)
          setError(null)
        }}
      >
        <p>
          The following resource group and all its dependent resources will be permanently deleted. This action cannot be undone.
        </p>
        <p className="mt-2">
          Resource group to be deleted: <strong>{resourceGroupName}</strong>
        </p>
      </ConfirmDialog>
    </>
  )
}
