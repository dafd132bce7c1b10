import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpsServer } from './https-server'
import { tlsPaths } from './data-dir'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-https-'))
let upstream: http.Server
let front: https.Server
let frontPort: number

// Stands in for Next.js: echoes what it received, or streams two chunks for /stream.
function startUpstream(): Promise<number> {
  upstream = http.createServer((request, response) => {
    if (request.url === '/stream') {
      response.writeHead(200, { 'content-type': 'text/event-stream' })
      response.write('data: one\n\n')
      setTimeout(() => response.end('data: two\n\n'), 50)
      return
    }
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json', location: '/somewhere' })
      response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }))
    })
  })
  return new Promise((resolve) => upstream.listen(0, '127.0.0.1', () => resolve((upstream.address() as AddressInfo).port)))
}

function call(method: string, url: string, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      { host: 'localhost', port: frontPort, method, path: url, ca: fs.readFileSync(tlsPaths(root).caCert), headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, text }))
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

beforeAll(async () => {
  const targetPort = await startUpstream()
  front = await startHttpsServer({ port: 0, targetPort, dataDir: root })
  frontPort = (front.address() as AddressInfo).port
})

afterAll(async () => {
  front.closeAllConnections()
  await new Promise((resolve) => front.close(resolve))
  await new Promise((resolve) => upstream.close(resolve))
  fs.rmSync(root, { recursive: true, force: true })
})

describe('startHttpsServer', () => {
  it('forwards method, path, query, body and status, with the forwarded origin', async () => {
    const response = await call('PUT', '/subscriptions/x?api-version=2023-05-01', '{"location":"eastus"}')
    expect(response.status).toBe(201)
    expect(response.headers.location).toBe('/somewhere')
    const echoed = JSON.parse(response.text)
    expect(echoed).toMatchObject({ method: 'PUT', url: '/subscriptions/x?api-version=2023-05-01', body: '{"location":"eastus"}' })
    expect(echoed.headers).toMatchObject({ 'x-forwarded-proto': 'https', 'x-forwarded-host': `localhost:${frontPort}`, host: `localhost:${frontPort}` })
  })

  it("collapses az's doubled leading slash", async () => {
    expect(JSON.parse((await call('GET', '//metadata/endpoints?api-version=2015-01-01')).text).url).toBe('/metadata/endpoints?api-version=2015-01-01')
  })

  it('streams responses through', async () => {
    expect((await call('GET', '/stream')).text).toBe('data: one\n\ndata: two\n\n')
  })
})
