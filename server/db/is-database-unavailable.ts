// Whether an error means "Postgres cannot be reached right now" (down, restarting, refusing
// connections) rather than a bug: such a request is answered 503 ServiceUnavailable, which
// clients retry, instead of 500. Prisma reports it in several shapes depending on where the
// connection failed (its own codes, the driver adapter's kinds, the pg or socket error).
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024'])
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseAccessDenied'])
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])
// Postgres SQLSTATEs: connection exceptions (08xxx), shutting down or starting up (57P01-57P03).
const SQLSTATE = /^(08\d{3}|57P0[123])$/
const MESSAGES = /Connection terminated|connection (?:refused|closed|lost)|ECONNREFUSED|terminating connection|the database system is (?:starting up|shutting down)|Can't reach database server/i

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown }
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true
  if (typeof e.originalCode === 'string' && SQLSTATE.test(e.originalCode)) return true
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true
  return isDatabaseUnavailable(e.cause, depth + 1)
}
