import { redisKey } from '../redis'

export type TLogLine = { id: string; line: string; timestamp: string }

// Which run of a container a log belongs to. A restart (restartCount) or a new placement cycle
// (generation) starts a new instance; the previous one is kept for "Previous instance".
export type TLogInstance = 'current' | 'previous'

export function logInstanceId({ generation, restartCount }: { generation: number; restartCount: number }): string {
  return `${generation}.${restartCount}`
}

// One Redis Stream per container instance: the node agent appends, the portal and the ARM logs
// endpoint read. A short list per container names its instances, newest first.
export function logStreamKey(containerGroupId: string, containerName: string, instance: string): string {
  return redisKey('logs', containerGroupId, containerName, instance)
}

export function logInstancesKey(containerGroupId: string, containerName: string): string {
  return redisKey('logs', containerGroupId, containerName, 'instances')
}

// Stream ids start with the entry's millisecond timestamp, so the id doubles as the log time.
// Entries without a `line` field are markers (see begin-log-instance.ts) and are not log lines.
export function toLogLine(id: string, fields: string[]): TLogLine | null {
  const lineIndex = fields.indexOf('line')
  if (lineIndex < 0) return null
  return { id, line: fields[lineIndex + 1] ?? '', timestamp: new Date(Number(id.split('-')[0])).toISOString() }
}

/** The instance a marker entry points to: the stream a follower must switch to. */
export function nextInstanceOf(fields: string[]): string | null {
  const index = fields.indexOf('next')
  return index >= 0 ? (fields[index + 1] ?? null) : null
}
