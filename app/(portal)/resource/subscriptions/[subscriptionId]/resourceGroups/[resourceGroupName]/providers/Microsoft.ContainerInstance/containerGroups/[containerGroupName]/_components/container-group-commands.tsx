'use client'
// Start, Restart, Stop, Delete and Refresh for one container group. After a command the
// page keeps refreshing for a while so the Status follows the control plane live.
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { AutoRefresh } from '@/components/auto-refresh'
import { CommandBar, CommandButton, CommandSeparator } from '@/components/command-bar'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { CommandIcons } from '@/components/icons/command-icons'
import { MessageBar } from '@/components/message-bar'
import { resourceGroupHref } from '@/components/resource-href'
import type { TActionResult } from '@/server/auth/portal-action'
import { deleteContainerGroupAction, restartContainerGroupAction, startContainerGroupAction, stopContainerGroupAction } from '../actions'

type Target = { containerGroupId: string; subscriptionId: string; resourceGroupName: string; name: string }
type Notice = { intent: 'success' | 'error'; text: string }

const WATCH_MS = 45_000

export function ContainerGroupCommands({ target, state }: { target: Target; state: string }) {
  const router = useRouter()
  const [pending, setPending] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  // Bumped by each command; the page keeps refreshing until WATCH_MS after the last one.
  const [watch, setWatch] = useState(0)
  const [watching, setWatching] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)

  useEffect(() => {
    if (watch === 0) return
    const timer = window.setTimeout(() => setWatching(false), WATCH_MS)
    return () => window.clearTimeout(timer)
  }, [watch])

  async function run(command: string, action: (input: { containerGroupId: string }) => Promise<TActionResult<unknown>>, done: string) {
    setPending(command)
    setNotice(null)
    const result = await action({ containerGroupId: target.containerGroupId }).catch(() => null)
    setPending(null)
    if (!result?.ok) {
      setNotice({ intent: 'error', text: result?.error.message ?? 'Cerulean could not be reached. Try again.' })
      return
    }
    setNotice({ intent: 'success', text: done })
    setWatching(true)
    setWatch((n) => n + 1)
    router.refresh()
  }

  async function onDelete() {
    setPending('delete')
    setDeleteError(null)
    const result = await deleteContainerGroupAction({ containerGroupId: target.containerGroupId }).catch(() => null)
    setPending(null)
    if (!result?.ok) {
      setDeleteError(result?.error.message ?? 'Cerulean could not be reached. Try again.')
      return
    }
    setConfirmDelete(false)
    router.push(resourceGroupHref(target.subscriptionId, target.resourceGroupName))
    router.refresh()
  }

  const busy = pending !== null
  return (
    <>
      <CommandBar>
        <CommandButton icon={CommandIcons.start} disabled={busy || state === 'Running' || state === 'Pending'} onClick={() => run('start', startContainerGroupAction, `Starting container group '${target.name}'.`)}>
          Start
        </CommandButton>
        <CommandButton icon={CommandIcons.restart} disabled={busy || state === 'Stopped'} onClick={() => run('restart', restartContainerGroupAction, `Restarting container group '${target.name}'.`)}>
          Restart
        </CommandButton>
        <CommandButton icon={CommandIcons.stop} disabled={busy || state === 'Stopped'} onClick={() => run('stop', stopContainerGroupAction, `Stopping container group '${target.name}'.`)}>
          Stop
        </CommandButton>
        <CommandSeparator />
        <CommandButton icon={CommandIcons.delete} disabled={busy} onClick={() => setConfirmDelete(true)}>
          Delete
        </CommandButton>
        <CommandButton icon={CommandIcons.refresh} onClick={() => router.refresh()}>
          Refresh
        </CommandButton>
      </CommandBar>
      {notice ? <MessageBar intent={notice.intent} className="mt-2">{notice.text}</MessageBar> : null}
      <AutoRefresh active={watching} />
      <ConfirmDialog
        open={confirmDelete}
        title="Delete container group"
        pending={pending === 'delete'}
        error={deleteError}
        onConfirm={onDelete}
        onCancel={() => {
          setConfirmDelete(false)
          setDeleteError(null)
        }}
      >
        <p>Do you want to delete the container group &apos;{target.name}&apos;?</p>
      </ConfirmDialog>
    </>
  )
}
