// The floor for bench/api.ts: the least a server can do to answer a container-group GET – one
// SELECT of the group and its containers by id over a pg pool of the size Prisma uses, written
// out as JSON. No authentication, authorization, throttling or ARM shape, so the ratio
// Cerulean/baseline prices everything the real API does on top of the database round trip.
//   DATABASE_URL=… PORT=… node --import tsx bench/baseline-server.ts
//   GET /containergroups/{id}
import http from 'node:http'
import pg from 'pg'

const UUID = /^\/containergroups\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

const SELECT_GROUP = `
  SELECT g.*, COALESCE(json_agg(c ORDER BY c.ordinal) FILTER (WHERE c.id IS NOT NULL), '[]') AS containers
  FROM "ContainerGroup" g LEFT JOIN "Container" c ON c."containerGroupId" = g.id
  WHERE g.id = $1
  GROUP BY g.id`

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

function send(response: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

const server = http.createServer((request, response) => {
  const match = request.method === 'GET' ? UUID.exec(request.url ?? '') : null
  if (!match) return send(response, 404, { error: { code: 'NotFound', message: 'GET /containergroups/{id}' } })
  pool.query(SELECT_GROUP, [match[1].toLowerCase()]).then(
    ({ rows }) => (rows[0] ? send(response, 200, rows[0]) : send(response, 404, { error: { code: 'ResourceNotFound', message: 'No such container group.' } })),
    (error: Error) => send(response, 500, { error: { code: 'InternalServerError', message: error.message } }),
  )
})

server.keepAliveTimeout = 60_000
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline listening on http://127.0.0.1:${process.env.PORT}`))

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.closeAllConnections()
    server.close(() => void pool.end().then(() => process.exit(0)))
  })
}
