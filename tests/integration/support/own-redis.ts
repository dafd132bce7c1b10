// A redis-server of the test's own, for faults the shared Redis must never see (FLUSHALL, a
// restart). No persistence: a restart comes back empty, like a Redis that lost its data.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { waitFor } from './wait-for'

export type TOwnRedis = { url: string; port: number; stop: () => Promise<void>; kill: () => Promise<void>; start: () => Promise<void> }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.setTimeout(300, () => (socket.destroy(), resolve(false)))
    socket.on('error', () => resolve(false))
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => (socket.destroy(), resolve(chunk.toString().startsWith('+PONG'))))
  })
}

export async function startOwnRedis(): Promise<TOwnRedis> {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-redis-'))
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' })
    await waitFor(() => answers(port), { description: 'redis-server to answer', timeoutMs: 10_000 })
  }
  const halt = async (signal: NodeJS.Signals) => {
    const current = child
    if (!current || current.exitCode !== null || current.signalCode !== null) return
    const exited = new Promise((resolve) => current.once('exit', resolve))
    current.kill(signal)
    await exited
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    kill: () => halt('SIGKILL'),
    stop: async () => {
      await halt('SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
