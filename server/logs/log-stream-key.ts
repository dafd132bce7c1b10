import { redisKey } from '../redis'

export type TLogLine = { id: string; line: string; timestamp: string }

// One Redis Stream per container: the node agent appends, the portal and the ARM logs endpoint read.
export function logStreamKey(containerGroupId: string, containerName: string): string {
  return redisKey('logs', containerGroupId, containerName)
}

// Stream ids start with the entry's millisecond timestamp, so the id doubles as the log time.
export function toLogLine(id: string, fields: string[]): TLogLine {
  const lineIndex = fields.indexOf('line')
  return {
    id,
    line: lineIndex >= 0 ? (fields[lineIndex + 1] ?? '') : '',
    timestamp: new Date(Number(id.split('-')[0])).toISOString(),
  }
}
