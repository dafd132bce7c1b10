// The HTTPS front door. The Azure SDKs and az refuse to send a bearer token over plain
// http, so clients talk to this listener, which forwards every request unchanged to the
// Next.js server and streams the answer back (SSE and long polls included). The
// X-Forwarded-* headers let the API build absolute URLs (nextLink, Azure-AsyncOperation,
// Location) on the https origin the client used.
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { ensureCertificates } from './ensure-certificates'

// execPort: where container exec websockets (/api/exec/...) are served; Next.js cannot take them.
export type TStartHttpsServerOptions = { port: number; targetPort: number; targetHost?: string; dataDir?: string; host?: string; execPort?: number }

const EXEC_PATH = /^\/api\/exec\//

// Hop-by-hop headers describe one connection and must not be forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']

function forwardedHeaders(request: http.IncomingMessage): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = { ...request.headers }
  for (const name of HOP_BY_HOP) delete headers[name]
  const remote = request.socket.remoteAddress ?? ''
  headers['x-forwarded-proto'] = 'https'
  headers['x-forwarded-host'] = request.headers.host ?? ''
  headers['x-forwarded-port'] = String(request.socket.localPort ?? '')
  headers['x-forwarded-for'] = request.headers['x-forwarded-for'] ? `${request.headers['x-forwarded-for']}, ${remote}` : remote
  return headers
}

// az concatenates its ARM endpoint and "/metadata/endpoints", so a trailing slash gives
// "//metadata/endpoints"; Next.js would answer a repeated slash with a redirect.
function normalisePath(url: string | undefined): string {
  return (url ?? '/').replace(/^\/{2,}/, '/')
}

function sendBadGateway(response: http.ServerResponse, error: Error) {
  if (response.headersSent) return void response.destroy(error)
  response.writeHead(502, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'The Cerulean API is not reachable behind the HTTPS listener. Try again shortly.' } }))
}

export async function startHttpsServer({ port, targetPort, targetHost = '127.0.0.1', dataDir, host, execPort }: TStartHttpsServerOptions): Promise<https.Server> {
  const certificates = ensureCertificates(dataDir)
  // Keep-alive to the upstream saves a TCP handshake per API call.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

  const server = https.createServer({ cert: certificates.serverCertPem, key: certificates.serverKeyPem }, (request, response) => {
    const upstream = http.request(
      { host: targetHost, port: targetPort, method: request.method, path: normalisePath(request.url), headers: forwardedHeaders(request), agent },
      (answer) => {
        const headers = { ...answer.headers }
        for (const name of HOP_BY_HOP) delete headers[name]
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers)
        // Flush as soon as bytes arrive: Server-Sent Events must not wait for a buffer to fill.
        response.flushHeaders()
        answer.pipe(response)
      },
    )
    upstream.on('error', (error) => sendBadGateway(response, error))
    // A client that hangs up mid-answer (an SSE viewer closing its tab) frees the upstream
    // request; after a complete answer the socket belongs to the keep-alive pool again.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy()
    })
    request.pipe(upstream)
  })

  // WebSocket upgrades (container exec, the dev server's hot reload) are passed through as raw bytes.
  server.on('upgrade', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const upgradePort = execPort && EXEC_PATH.test(normalisePath(request.url)) ? execPort : targetPort
    const target = net.connect(upgradePort, targetHost, () => {
      const headers = forwardedHeaders(request)
      const lines = [`${request.method} ${normalisePath(request.url)} HTTP/1.1`]
      for (const [name, value] of Object.entries({ ...headers, connection: 'Upgrade', upgrade: request.headers.upgrade }))
        if (value !== undefined) lines.push(`${name}: ${Array.isArray(value) ? value.join(', ') : value}`)
      target.write(lines.join('\r\n') + '\r\n\r\n')
      if (head.length) target.write(head)
      target.pipe(socket).pipe(target)
    })
    target.on('error', () => socket.destroy())
    socket.on('error', () => target.destroy())
  })

  server.on('close', () => agent.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return server
}
