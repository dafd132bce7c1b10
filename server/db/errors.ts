/** Prisma's unique-constraint error (P2002), optionally on a given field. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== 'object' || error === null) return false
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } }; message?: string }
  if (e.code !== 'P2002') return false
  if (!field) return true
  const target = e.meta?.target
  const fields = Array.isArray(target) ? target : typeof target === 'string' ? [target] : (e.meta?.driverAdapterError?.cause?.constraint?.fields ?? [])
  return fields.some((f) => String(f).replace(/"/g, '').includes(field)) || (e.message ?? '').includes(field)
}
