// What a simulated image does once its container starts, as data: the process its entrypoint
// runs (a generator of output and sleeps, see server/runtime/shell), how big it is to pull,
// which shells an exec session may start, the files `ls` and `cat` find, and how it answers
// HTTP if it serves any.
import type { TSimulatedHttpRequest, TSimulatedHttpResponse } from './http-types'
import type { TShellRun } from './shell/shell-context'

export type TContainerContext = {
  containerName: string
  // Plain and secure values alike, as the process would see them.
  environment: Record<string, string>
  hostname?: string
  startedAt?: Date
}

export type TSimulatedImage = {
  repository: string
  // Every spelling that names the image (docker.io/library/nginx, nginx, mcr.microsoft.com/...).
  repositories?: string[]
  // Compressed size: pull time grows with it (see lifecycle-stages.ts).
  sizeMb: number
  // The entrypoint with the image's default command; returns the exit code, or idles forever.
  run?: (context: TContainerContext) => TShellRun
  // Command overrides that spell out the default command, e.g. ["nginx", "-g", "daemon off;"].
  defaultCommands?: string[][]
  // Executables that start a shell in this image (exec sessions and `sh -c` overrides).
  shells: string[]
  files?: (context: TContainerContext) => Record<string, string>
  startupLines: (context: TContainerContext) => string[]
  // A batch process runs for `runMs`, prints its output and exits; without it, it runs until stopped.
  batch?: {
    runMs: number
    outputLines: (context: TContainerContext) => string[]
    exitCode: (context: TContainerContext) => number
  }
  serveHttp?: (request: TSimulatedHttpRequest) => TSimulatedHttpResponse
  // The line a request adds to the log; the Express-style combined format when absent.
  accessLogLine?: (entry: { request: TSimulatedHttpRequest; response: TSimulatedHttpResponse; at: Date }) => string
}
