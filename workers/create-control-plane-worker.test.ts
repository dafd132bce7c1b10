import { describe, expect, it } from 'vitest'
import { jobNames } from '../server/jobs/registry'
import { missingProcessors } from './create-control-plane-worker'
import { processorsByJobName } from './processors-by-job-name'

describe('processors', () => {
  it('exist for every registered job', () => {
    expect(missingProcessors(processorsByJobName)).toEqual([])
    expect(Object.keys(processorsByJobName).sort()).toEqual([...jobNames].sort())
  })

  it('are reported when missing, which stops the worker from starting', () => {
    expect(missingProcessors({ 'containergroups.run': () => {} }, ['containergroups.run', 'containergroups.schedule'])).toEqual(['containergroups.schedule'])
  })
})
