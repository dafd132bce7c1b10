// The websocket end of Containers_ExecuteCommand and Containers_Attach (and of the portal's
// Connect tab): wss://<host>/api/exec/<session id>. Next.js route handlers cannot take a
// websocket upgrade, so this runs beside Next: the HTTPS listener hands it /api/exec upgrades,
// and `npm start` also serves it on CERULEAN_EXEC_PORT for the plain-http portal.
//
// The one-time password is accepted, as ACI's clients send it, either in the Authorization
// header of the upgrade request (the attach convention; "Bearer <password>" works too) or as
// the first text message after the socket opens (what `az container exec` does). A session is
// redeemed once; a wrong password closes the socket with 1008.
import http from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { redeemExecSession, type TExecSession } from '../containergroups/create-exec-session'
import { openExecConnection, type TExecConnection } from './open-exec-connection'

export const EXEC_PATH = /^\/api\/exec\/([0-9a-fA-F-]{36})\/?$/

const AUTH_TIMEOUT_MS = 30_000
// The first message is a password, a few dozen characters: anything bigger is not one.
const MAX_MESSAGE_BYTES = 64 * 1024

function passwordFromHeader(header: string | undefined): string | null {
  if (!header) return null
  return header.replace(/^Bearer\s+/i, '').trim() || null
}

function serve(socket: WebSocket, sessionId: string, headerPassword: string | null) {
  let connection: TExecConnection | null = null
  let authenticating = false
  const peer = {
    send: (text: string) => {
      if (socket.readyState === socket.OPEN) socket.send(text)
    },
    close: (code: number, reason: string) => socket.close(code, reason),
  }
  const timeout = setTimeout(() => socket.close(1008, 'no password'), AUTH_TIMEOUT_MS)

  const authenticate = async (password: string) => {
    authenticating = true
    clearTimeout(timeout)
    const session: TExecSession | null = await redeemExecSession({ sessionId, password }).catch(() => null)
    if (!session) return socket.close(1008, 'invalid or expired session')
    connection = await openExecConnection({ session, peer }).catch((error) => {
      console.error('exec connection failed:', error)
      socket.close(1011, 'internal error')
      return null
    })
  }

  socket.on('message', (data, isBinary) => {
    const text = isBinary ? Buffer.from(data as Buffer).toString('utf8') : data.toString()
    if (connection) return connection.input(text)
    if (!authenticating) void authenticate(text.trim())
  })
  socket.on('close', () => {
    clearTimeout(timeout)
    connection?.close()
  })
  socket.on('error', () => socket.terminate())
  if (headerPassword) void authenticate(headerPassword)
}

/** Handles an HTTP upgrade for /api/exec/<id>; returns false (and leaves the socket alone) for other paths. */
export function createExecUpgradeHandler() {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  return (request: http.IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const match = EXEC_PATH.exec(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (!match) return false
    const headerPassword = passwordFromHeader(request.headers.authorization)
    server.handleUpgrade(request, socket, head, (websocket) => serve(websocket, match[1], headerPassword))
    return true
  }
}

/** A plain-http listener for exec websockets only (the portal's Connect tab over http). */
export async function startExecServer({ port, host }: { port: number; host?: string }): Promise<http.Server> {
  const handleUpgrade = createExecUpgradeHandler()
  const server = http.createServer((_request, response) => {
    response.writeHead(426, { 'content-type': 'text/plain; charset=utf-8', upgrade: 'websocket' })
    response.end('This port only accepts container exec websockets.\n')
  })
  server.on('upgrade', (request, socket, head) => {
    if (!handleUpgrade(request, socket, head)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return server
}
