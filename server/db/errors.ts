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

/** A foreign-key violation (P2003, or Postgres' 23503 when it arrives through the driver adapter). */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const e = error as { code?: string; meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } }
  const cause = e.meta?.driverAdapterError?.cause
  return e.code === 'P2003' || e.meta?.code === '23503' || cause?.originalCode === '23503' || cause?.kind === 'ForeignKeyConstraintViolation'
}
