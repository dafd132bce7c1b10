// Calls ARM route handlers in-process, the way Next would: the path goes through the same
// normalisation as proxy.ts, is matched against the app/ folder tree (so a path only works if a
// route.ts exists for it), and the handler gets a Request and a Promise of its params.
import fs from 'node:fs'
import path from 'node:path'
import type { TPrincipal } from '../../../server/auth/permissions'
import { issueAccessToken } from '../../../server/identity/issue-access-token'
import { normalizeArmPath } from '../../../server/arm/normalize-arm-path'

export const ORIGIN = 'https://localhost:3443'
const APP = path.resolve(import.meta.dirname, '../../../app')

type TRoute = { pattern: RegExp; names: string[]; catchAll: boolean; file: string }

function collectRoutes(dir: string, segments: string[] = []): TRoute[] {
  const routes: TRoute[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('(') || entry.name.startsWith('_')) continue
      routes.push(...collectRoutes(path.join(dir, entry.name), [...segments, entry.name]))
    } else if (entry.name === 'route.ts') {
      const names: string[] = []
      let catchAll = false
      const source = segments
        .map((s) => {
          const rest = /^\[\.\.\.(\w+)\]$/.exec(s)
          if (rest) {
            names.push(rest[1])
            catchAll = true
            return '(.+)'
          }
          const dynamic = /^\[(\w+)\]$/.exec(s)
          if (!dynamic) return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          names.push(dynamic[1])
          return '([^/]+)'
        })
        .join('/')
      routes.push({ pattern: new RegExp(`^/${source}$`), names, catchAll, file: path.join(dir, entry.name) })
    }
  }
  return routes
}

// Static segments first and catch-alls last, as Next orders routes.
const ROUTES = ['subscriptions', 'providers', 'tenants']
  .flatMap((top) => (fs.existsSync(path.join(APP, top)) ? collectRoutes(path.join(APP, top), [top]) : []))
  .sort((a, b) => Number(a.catchAll) - Number(b.catchAll) || a.names.length - b.names.length)

// Tests read arbitrary ARM JSON; `any` keeps assertions readable (toEqual checks the shape).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TArmResponse = { status: number; headers: Headers; body: any; text: string }

type THandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Dispatches like Next: null when no route.ts matches (Next's own 404 page). */
export async function dispatch(request: Request): Promise<Response | null> {
  const url = new URL(request.url)
  const pathname = normalizeArmPath(url.pathname) ?? url.pathname
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname)
    if (!match) continue
    const routeModule = (await import(route.file)) as Record<string, THandler | undefined>
    // Next answers HEAD with the GET handler (body dropped) when a route exports no HEAD.
    const headFromGet = request.method === 'HEAD' && !routeModule.HEAD && routeModule.GET
    const handler = headFromGet ? routeModule.GET : routeModule[request.method]
    if (!handler) return new Response(null, { status: 405 })
    const params = Object.fromEntries(
      route.names.map((name, i) => [name, route.catchAll && i === route.names.length - 1 ? match[i + 1].split('/').map(decode) : decode(match[i + 1])]),
    )
    const response = await handler(request, { params: Promise.resolve(params) })
    return headFromGet ? new Response(null, { status: response.status, headers: response.headers }) : response
  }
  return null
}

export async function tokenFor(principal: TPrincipal): Promise<string> {
  const { accessToken } = await issueAccessToken({
    subject: { objectId: principal.id, tenantId: principal.tenantId, type: principal.type === 'ServicePrincipal' ? 'app' : 'user' },
    audience: 'https://management.azure.com',
    issuer: `${ORIGIN}/adfs`,
    version: '1.0',
  })
  return accessToken
}

export type TArmCallOptions = { token?: string; body?: unknown; rawBody?: string; apiVersion?: string | null; headers?: Record<string, string> }

export function armRequest(method: string, pathAndQuery: string, { token, body, rawBody, apiVersion = '2023-05-01', headers = {} }: TArmCallOptions = {}): Request {
  const url = new URL(pathAndQuery, ORIGIN)
  if (apiVersion !== null && !url.searchParams.has('api-version')) url.searchParams.set('api-version', apiVersion)
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body))
  return new Request(url, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: payload,
  })
}

export async function readResponse(response: Response): Promise<TArmResponse> {
  const text = await response.text()
  let body: unknown = undefined
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = undefined
  }
  return { status: response.status, headers: response.headers, body, text }
}

/** One ARM call through the dispatcher; throws if no route matches. */
export async function arm(method: string, pathAndQuery: string, options: TArmCallOptions = {}): Promise<TArmResponse> {
  const response = await dispatch(armRequest(method, pathAndQuery, options))
  if (!response) throw new Error(`no route for ${method} ${pathAndQuery}`)
  return readResponse(response)
}

/** A container group body as az sends it (ACI-REFERENCE §11). */
export function azContainerGroupBody({
  location = 'westeurope',
  image = 'mcr.microsoft.com/azuredocs/aci-helloworld:latest',
  cpu = 1,
  memoryInGB = 1.5,
  restartPolicy = 'Always',
  dnsNameLabel,
  tags = {},
  environmentVariables,
  name = 'cg1',
}: {
  location?: string
  image?: string
  cpu?: number
  memoryInGB?: number
  restartPolicy?: string
  dnsNameLabel?: string
  tags?: Record<string, string>
  environmentVariables?: { name: string; value?: string; secureValue?: string }[]
  name?: string
} = {}) {
  return {
    properties: {
      containers: [
        {
          name,
          properties: {
            image,
            ports: [{ protocol: 'TCP', port: 80 }],
            ...(environmentVariables ? { environmentVariables } : {}),
            resources: { requests: { memoryInGB, cpu } },
          },
        },
      ],
      restartPolicy,
      ipAddress: { ports: [{ protocol: 'TCP', port: 80 }], type: 'Public', ...(dnsNameLabel ? { dnsNameLabel, autoGeneratedDomainNameLabelScope: 'Unsecure' } : {}) },
      osType: 'Linux',
    },
    location,
    tags,
  }
}
