// GET /{tenant}/discovery/v2.0/keys and /adfs/discovery/keys – the public key tokens are signed with
import { jsonWebKeySet } from '@/server/identity/discovery-documents'

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  if (path.at(-1) !== 'keys') return Response.json({ error: 'not_found' }, { status: 404 })
  return Response.json(await jsonWebKeySet())
}
