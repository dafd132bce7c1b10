// What an exec or attach websocket is connected to, once its one-time password was redeemed:
// exec starts the command in the container's simulated shell (an interactive terminal for a
// shell, the command's output for anything else); attach streams the container's output.
import { db as defaultDb, type Db } from '../db/client'
import type { TExecSession } from '../containergroups/create-exec-session'
import { env } from '../env'
import { followLogLines } from '../logs/follow-log-lines'
import { containerHostname, containerShellContext } from '../runtime/container-process'
import { runCommandLine } from '../runtime/shell/run-shell'
import type { TShellContext } from '../runtime/shell/shell-context'
import { resolveSimulatedImage } from '../runtime/simulated-images'
import { startTerminalSession } from './terminal-session'

export type TExecPeer = { send: (text: string) => void; close: (code: number, reason: string) => void }
export type TExecConnection = { input: (data: string) => void; close: () => void }

// The prompt of busybox's ash (root in /) and of bash on Debian images.
function promptFor(shell: string, hostname: string) {
  return (context: TShellContext) => {
    const directory = context.cwd === '/root' ? '~' : context.cwd
    return shell.endsWith('bash') ? `root@${hostname}:${directory}# ` : `${directory} # `
  }
}

function environmentOf(variables: unknown): Record<string, string> {
  const list = (Array.isArray(variables) ? variables : []) as Array<{ name: string; value?: string; secureValue?: string }>
  return Object.fromEntries(list.map((v) => [v.name, v.value ?? v.secureValue ?? '']))
}

export async function openExecConnection({ client = defaultDb, session, peer }: { client?: Db; session: TExecSession; peer: TExecPeer }): Promise<TExecConnection> {
  const container = await client.container.findFirst({
    where: { containerGroupId: session.containerGroupId, name: session.containerName },
    include: { containerGroup: { select: { desiredState: true } } },
  })
  const image = container ? resolveSimulatedImage(container.image) : null
  if (!container || !image || container.lifecycleStage !== 'Running' || container.containerGroup.desiredState !== 'Running') {
    peer.send(`The container '${session.containerName}' is not running. Start the container group and connect again.\r\n`)
    peer.close(1011, 'container not running')
    return { input: () => {}, close: () => {} }
  }
  const hostname = containerHostname(container.id)
  const context = { containerName: container.name, environment: environmentOf(container.environmentVariables), hostname }

  if (session.mode === 'attach') {
    const abort = new AbortController()
    void (async () => {
      for await (const batch of followLogLines({ containerGroupId: session.containerGroupId, containerName: container.name, signal: abort.signal, idleMs: 5_000 })) {
        for (const line of batch) peer.send(`${line.line}\r\n`)
      }
    })().catch(() => peer.close(1011, 'log stream failed'))
    return { input: () => {}, close: () => abort.abort() }
  }

  // ACI runs the command as one process without arguments; a space-separated command is split
  // for convenience, as `az container exec --exec-command "ls -l"` users expect.
  const argv = (session.command ?? '/bin/sh').trim().split(/\s+/)
  const shell = containerShellContext({ image, context, realTime: true, interactive: true })
  if (image.shells.includes(argv[0]) && argv.length === 1) {
    const terminal = startTerminalSession({
      context: shell,
      prompt: promptFor(argv[0], hostname),
      send: peer.send,
      end: (status) => peer.close(1000, `exit ${status}`),
      sleepScale: env.CERULEAN_STAGE_DELAY_SCALE,
    })
    return terminal
  }
  // One command: its output, then the connection closes, as the exec of a non-shell does.
  const run = runCommandLine(argv, shell)
  let timer: NodeJS.Timeout | undefined
  const pump = () => {
    for (;;) {
      const step = run.next()
      if (step.done) {
        if (step.value === 127 && !image.shells.includes(argv[0])) peer.send(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown\r\n`)
        return peer.close(1000, `exit ${step.value}`)
      }
      const effect = step.value
      if (effect.type === 'output') peer.send(effect.text.replace(/\r?\n/g, '\r\n'))
      else if (effect.ms !== Infinity) {
        timer = setTimeout(pump, Math.round(effect.ms * env.CERULEAN_STAGE_DELAY_SCALE))
        return
      } else return
    }
  }
  pump()
  return { input: () => {}, close: () => clearTimeout(timer) }
}
