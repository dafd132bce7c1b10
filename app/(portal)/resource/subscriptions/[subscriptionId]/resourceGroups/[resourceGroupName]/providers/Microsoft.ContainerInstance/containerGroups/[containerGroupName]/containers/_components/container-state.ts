// currentState / previousState are stored as ACI's JSON ({state, startTime, finishTime,
// exitCode, detailStatus}); the portal only needs a few of those, read defensively.
export type TContainerState = { state?: string; startTime?: string; finishTime?: string; exitCode?: number; detailStatus?: string }

export function readContainerState(value: unknown): TContainerState | null {
  if (!value || typeof value !== 'object') return null
  const v = value as Record<string, unknown>
  return {
    state: typeof v.state === 'string' ? v.state : undefined,
    startTime: typeof v.startTime === 'string' ? v.startTime : undefined,
    finishTime: typeof v.finishTime === 'string' ? v.finishTime : undefined,
    exitCode: typeof v.exitCode === 'number' ? v.exitCode : undefined,
    detailStatus: typeof v.detailStatus === 'string' ? v.detailStatus : undefined,
  }
}
