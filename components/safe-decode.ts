// App Router pages receive dynamic segments still percent-encoded (resource-href.ts encodes
// them), and a malformed escape such as %E0 makes decodeURIComponent throw: a 500 for what is
// only a bad address. Pages turn null into notFound().

/** The decoded route segment, or null when it is not valid percent-encoding. */
export function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
