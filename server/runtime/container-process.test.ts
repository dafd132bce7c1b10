import { describe, expect, it } from 'vitest'
import { faultFromTags } from './faults'
import { containerHostname, openContainerProcess, startContainerProcess, type TContainerProcess } from './container-process'
import { resolveSimulatedImage } from './simulated-images'

const startedAt = new Date('2026-11-27T15:03:53Z')

function start(image: string, command: string[] = [], tags: Record<string, string> = {}, environment: Record<string, string> = {}): TContainerProcess {
  return startContainerProcess({ image: resolveSimulatedImage(image)!, command, context: { containerName: 'c', environment, startedAt, hostname: 'SandboxHost-1' }, fault: faultFromTags(tags) })
}

describe('container processes', () => {
  it('runs a busybox command override to its exit code', () => {
    const cursor = openContainerProcess({ program: start('busybox', ['/bin/sh', '-c', 'echo hi; sleep 2; echo $NAME; exit 3'], {}, { NAME: 'env' }), scale: 1 })
    expect(cursor.advance(0)).toEqual({ lines: ['hi'], exit: null, nextAtMs: 2_000 })
    expect(cursor.advance(1_999)).toEqual({ lines: [], exit: null, nextAtMs: 2_000 })
    expect(cursor.advance(2_000)).toEqual({ lines: ['env'], exit: { exitCode: 3, detailStatus: 'Error' }, nextAtMs: null })
  })

  it('exits 0 at once for busybox and alpine without a command', () => {
    for (const image of ['busybox', 'alpine:3.21']) {
      expect(openContainerProcess({ program: start(image), scale: 1 }).advance(0)).toEqual({ lines: [], exit: { exitCode: 0, detailStatus: 'Completed' }, nextAtMs: null })
    }
  })

  it('keeps servers running and prints their start-up lines', () => {
    const nginx = openContainerProcess({ program: start('nginx'), scale: 1 }).advance(0)
    expect(nginx.lines[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration')
    expect(nginx.lines).toContain('2026/11/27 15:03:53 [notice] 1#1: start worker processes')
    expect([nginx.exit, nginx.nextAtMs]).toEqual([null, null])
    expect(openContainerProcess({ program: start('nginx', ['nginx', '-g', 'daemon off;']), scale: 1 }).advance(0).lines).toHaveLength(16)
    expect(openContainerProcess({ program: start('mcr.microsoft.com/azuredocs/aci-helloworld'), scale: 1 }).advance(0).lines).toEqual(['listening on port 80'])
  })

  it('runs word count for its simulated time, then prints and exits 0', () => {
    const cursor = openContainerProcess({ program: start('mcr.microsoft.com/azuredocs/aci-wordcount', [], {}, { NumWords: '3' }), scale: 0.5 })
    expect(cursor.advance(0)).toEqual({ lines: [], exit: null, nextAtMs: 1_000 })
    expect(cursor.advance(1_000)).toEqual({ lines: ["[('the', 990), ('and', 702), ('of', 628)]"], exit: { exitCode: 0, detailStatus: 'Completed' }, nextAtMs: null })
  })

  it('crashes a server in a crash loop and kills it with 137 under oom-kill', () => {
    const crash = openContainerProcess({ program: start('mcr.microsoft.com/azuredocs/aci-helloworld', [], { 'cerulean.io/fault': 'crash-loop', 'cerulean.io/fault-exit-code': '2' }), scale: 1 })
    expect(crash.advance(0)).toEqual({ lines: ['listening on port 80'], exit: null, nextAtMs: 5_000 })
    expect(crash.advance(5_000)).toMatchObject({ exit: { exitCode: 2, detailStatus: 'Error' } })
    const oom = openContainerProcess({ program: start('nginx', [], { 'cerulean.io/fault': 'oom-kill', 'cerulean.io/fault-after-seconds': '1' }), scale: 1 })
    oom.advance(0)
    expect(oom.advance(1_000)).toEqual({ lines: [], exit: { exitCode: 137, detailStatus: 'OOMKilled' }, nextAtMs: null })
  })

  it('turns a clean exit into a crash under crash-loop', () => {
    const cursor = openContainerProcess({ program: start('busybox', ['echo', 'ok'], { 'cerulean.io/fault': 'crash-loop' }), scale: 1 })
    expect(cursor.advance(0)).toMatchObject({ lines: ['ok', expect.stringContaining('simulated crash')], exit: { exitCode: 1, detailStatus: 'Error' } })
  })

  it('fails a missing program with 127', () => {
    expect(openContainerProcess({ program: start('alpine', ['/bin/bash', '-c', 'echo hi']), scale: 1 }).advance(0)).toEqual({
      lines: ['sh: /bin/bash: not found'],
      exit: { exitCode: 127, detailStatus: 'Error' },
      nextAtMs: null,
    })
    expect(openContainerProcess({ program: start('nginx', ['/bin/bash', '-c', 'echo $0']), scale: 1 }).advance(0).lines).toEqual(['/bin/bash'])
  })

  it('replays with a floor under each sleep at scale 0, and skips lines already written', () => {
    const cursor = openContainerProcess({ program: start('busybox', ['sh', '-c', 'for i in 1 2 3; do echo $i; sleep 60; done']), scale: 0, skipLines: 1 })
    expect(cursor.advance(0)).toEqual({ lines: [], exit: null, nextAtMs: 10 })
    expect(cursor.advance(25)).toEqual({ lines: ['2', '3'], exit: null, nextAtMs: 30 })
  })

  it('names hosts like ACI does, stably', () => {
    expect(containerHostname('abc')).toMatch(/^SandboxHost-\d{18}$/)
    expect(containerHostname('abc')).toBe(containerHostname('abc'))
  })
})
