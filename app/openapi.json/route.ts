// GET /openapi.json – the ARM API's OpenAPI document, generated from the zod schemas
import { openApiDocument } from '@/server/arm/openapi-document'

let cached: string | undefined

export async function GET() {
  cached ??= JSON.stringify(openApiDocument())
  return new Response(cached, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
