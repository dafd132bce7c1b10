// What a simulated image does once its container starts, as data: the lines it prints, whether
// it runs until stopped or exits after a while, and how it answers HTTP if it serves any.
import type { TSimulatedHttpRequest, TSimulatedHttpResponse } from './http-types'

export type TContainerContext = {
  containerName: string
  // Plain and secure values alike, as the process would see them.
  environment: Record<string, string>
}

export type TSimulatedImage = {
  repository: string
  startupLines: (context: TContainerContext) => string[]
  // A batch process runs for `runMs`, prints its output and exits; without it, it runs until stopped.
  batch?: {
    runMs: number
    outputLines: (context: TContainerContext) => string[]
    exitCode: (context: TContainerContext) => number
  }
  serveHttp?: (request: TSimulatedHttpRequest) => TSimulatedHttpResponse
}
