// Response helpers for ARM route handlers: JSON with ARM's content type, and empty answers.

export function armJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...init.headers },
  })
}

export function armEmpty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers })
}

/** ARM's list envelope; nextLink only when there is a next page, absolute as clients require. */
export function armList(value: unknown[], nextLink?: string | null): Response {
  return armJson(nextLink ? { value, nextLink } : { value })
}
