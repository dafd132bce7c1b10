import type { Job } from 'bullmq'
import type { JobName, JobPayload } from '../server/jobs/registry'

/** A processor gets the payload already parsed with the registry's schema (and the job's lock token, to delay it). */
export type TProcessor<N extends JobName> = (payload: JobPayload<N>, job: Job, token?: string) => Promise<unknown>
