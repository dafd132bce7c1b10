// Exec into a running container with a real websocket client: the ARM exec operation's
// {webSocketUri, password}, through the HTTPS listener to the exec server, into the simulated
// shell; the password as first message or Authorization header, one use only; attach; and the
// portal's session over the plain exec port.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type http from 'node:http'
import type https from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { db } from '@/server/db/client'
import { createPortalExecSession } from '@/server/containergroups/create-portal-exec-session'
import { startExecServer } from '@/server/exec/exec-websocket-server'
import { startHttpsServer } from '@/server/tls/https-server'
import { tlsPaths } from '@/server/tls/data-dir'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { arm, azContainerGroupBody, tokenFor } from './support/arm-client'
import { startInProcessWorker } from './support/in-process-worker'
import { waitFor } from './support/wait-for'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-exec-'))
let owner: Awaited<ReturnType<typeof createTestUser>>
let token: string
let worker: ReturnType<typeof startInProcessWorker>
let execServer: http.Server
let front: https.Server
const CG = (name: string) => `/subscriptions/${owner.subscription.id}/resourceGroups/rg1/providers/Microsoft.ContainerInstance/containerGroups/${name}`

async function createRunning(name: string, image: string, command: string[] = []) {
  const body = azContainerGroupBody({ name, image, environmentVariables: [{ name: 'GREETING', value: 'hello from env' }] })
  body.properties.containers[0].properties = { ...body.properties.containers[0].properties, command } as never
  expect((await arm('PUT', CG(name), { token, body })).status).toBe(201)
  return waitFor(
    async () => {
      const group = await db.containerGroup.findFirst({ where: { name }, include: { containers: true } })
      return group?.containers[0]?.lifecycleStage === 'Running' ? group : null
    },
    { description: `${name} Running` },
  )
}

// The URI names the listener the client called (https://localhost:3443 in these tests); point it at this test's.
function throughFront(webSocketUri: string): string {
  const url = new URL(webSocketUri)
  url.port = String((front.address() as AddressInfo).port)
  return url.toString()
}

type TSocket = { socket: WebSocket; output: () => string; closed: Promise<{ code: number; reason: string }> }

function open(uri: string, options: WebSocket.ClientOptions = {}): Promise<TSocket> {
  const socket = new WebSocket(uri, { ca: fs.readFileSync(tlsPaths(dataDir).caCert), ...options })
  let text = ''
  socket.on('message', (data) => (text += data.toString()))
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, output: () => text, closed }))
    socket.once('error', reject)
  })
}

async function until(session: TSocket, text: string) {
  await waitFor(async () => session.output().includes(text), { description: `"${text}" in ${JSON.stringify(session.output())}`, timeoutMs: 10_000 })
}

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['westeurope'], nodesPerRegion: 1, osTypes: ['Linux'] })
  owner = await createTestUser()
  token = await tokenFor(owner.principal)
  await arm('PUT', `/subscriptions/${owner.subscription.id}/resourcegroups/rg1`, { token, body: { location: 'westeurope' } })
  worker = startInProcessWorker()
  execServer = await startExecServer({ port: 0, host: '127.0.0.1' })
  front = await startHttpsServer({ port: 0, targetPort: 9, dataDir, execPort: (execServer.address() as AddressInfo).port })
})

afterAll(async () => {
  await worker.stop()
  front.closeAllConnections()
  execServer.closeAllConnections()
  await new Promise((resolve) => front.close(resolve))
  await new Promise((resolve) => execServer.close(resolve))
})

describe('ARM exec through the HTTPS listener', () => {
  it('opens a shell in alpine, runs commands with the container environment, and ends on exit', async () => {
    await createRunning('alpine-shell', 'alpine:3.21', ['/bin/sh', '-c', 'tail -f /dev/null'])
    const exec = await arm('POST', `${CG('alpine-shell')}/containers/alpine-shell/exec`, { token, body: { command: '/bin/sh', terminalSize: { rows: 24, cols: 80 } } })
    expect(exec.status).toBe(200)
    expect(exec.body.webSocketUri).toMatch(/^wss:\/\/localhost:3443\/api\/exec\/[0-9a-f-]{36}$/)
    const session = await open(throughFront(exec.body.webSocketUri))
    session.socket.send(exec.body.password)
    await until(session, '/ # ')
    session.socket.send('echo $GREETING; cat /etc/alpine-release\r')
    await until(session, 'hello from env\r\n3.21.0\r\n/ # ')
    expect(session.output()).toContain('echo $GREETING; cat /etc/alpine-release\r\n')
    session.socket.send('for i in 1 2; do echo n$i; sleep 1; done\r')
    await until(session, 'n1\r\nn2\r\n')
    session.socket.send('exit 3\r')
    expect(await session.closed).toEqual({ code: 1000, reason: 'exit 3' })
  })

  it('accepts the password in the Authorization header, once, and refuses a wrong one', async () => {
    await createRunning('hello', 'mcr.microsoft.com/azuredocs/aci-helloworld:latest')
    const exec = await arm('POST', `${CG('hello')}/containers/hello/exec`, { token, body: { command: '/bin/sh' } })
    const session = await open(throughFront(exec.body.webSocketUri), { headers: { authorization: exec.body.password } })
    await until(session, '/ # ')
    session.socket.send('ls /usr/src/app\r')
    await until(session, 'index.html\r\nindex.js\r\npackage.json\r\n')
    session.socket.close()

    const reused = await open(throughFront(exec.body.webSocketUri))
    reused.socket.send(exec.body.password)
    expect((await reused.closed).code).toBe(1008)
    const fresh = await arm('POST', `${CG('hello')}/containers/hello/exec`, { token, body: { command: '/bin/sh' } })
    const wrong = await open(throughFront(fresh.body.webSocketUri))
    wrong.socket.send('not-the-password')
    expect((await wrong.closed).code).toBe(1008)
  })

  it('runs a single command and closes, and reports a missing one', async () => {
    const exec = await arm('POST', `${CG('hello')}/containers/hello/exec`, { token, body: { command: 'printenv GREETING' } })
    const session = await open(throughFront(exec.body.webSocketUri))
    session.socket.send(exec.body.password)
    expect(await session.closed).toEqual({ code: 1000, reason: 'exit 0' })
    expect(session.output()).toBe('hello from env\r\n')
    const bash = await arm('POST', `${CG('hello')}/containers/hello/exec`, { token, body: { command: '/bin/bash' } })
    const missing = await open(throughFront(bash.body.webSocketUri))
    missing.socket.send(bash.body.password)
    expect((await missing.closed).reason).toBe('exit 127')
    expect(missing.output()).toContain('exec: "/bin/bash": executable file not found in $PATH')
  })

  it('attaches to the output stream', async () => {
    const attach = await arm('POST', `${CG('hello')}/containers/hello/attach`, { token })
    expect(attach.status).toBe(200)
    const session = await open(throughFront(attach.body.webSocketUri), { headers: { authorization: attach.body.password } })
    await until(session, 'listening on port 80\r\n')
    session.socket.close()
  })
})

describe('the portal Connect tab', () => {
  it('gets a session for the plain exec port and talks to the shell', async () => {
    const port = (execServer.address() as AddressInfo).port
    const group = await db.containerGroup.findFirstOrThrow({ where: { name: 'alpine-shell' } })
    const { webSocketUri, password } = await createPortalExecSession({ principal: owner.principal, containerGroupId: group.id, containerName: 'alpine-shell', command: '/bin/sh', websocketOrigin: `ws://127.0.0.1:${port}` })
    const session = await open(webSocketUri)
    session.socket.send(password)
    await until(session, '/ # ')
    session.socket.send('hostname\r')
    await until(session, 'SandboxHost-')
    session.socket.send('\x04')
    expect((await session.closed).code).toBe(1000)
  })
})
