import { describe, expect, it } from 'vitest'
import { parseImageReference } from './image-reference'
import { pullFailureMessage, resolveSimulatedImage } from './simulated-images'
import { topWords } from './images/aci-wordcount'

describe('image references', () => {
  it('splits repository and tag, ignoring digests and registry case', () => {
    expect(parseImageReference('mcr.microsoft.com/azuredocs/aci-helloworld:latest')).toEqual({ repository: 'mcr.microsoft.com/azuredocs/aci-helloworld', tag: 'latest' })
    expect(parseImageReference('MCR.microsoft.com/azuredocs/aci-wordcount')).toEqual({ repository: 'mcr.microsoft.com/azuredocs/aci-wordcount', tag: 'latest' })
    expect(parseImageReference('localhost:5000/app@sha256:abc')).toEqual({ repository: 'localhost:5000/app', tag: 'latest' })
  })
})

describe('simulated images', () => {
  it('knows the quickstart images, nginx, busybox and alpine under any tag and spelling', () => {
    expect(resolveSimulatedImage('mcr.microsoft.com/azuredocs/aci-helloworld:v1')?.serveHttp).toBeTypeOf('function')
    expect(resolveSimulatedImage('mcr.microsoft.com/azuredocs/aci-wordcount:latest')?.batch?.exitCode({ containerName: 'c', environment: {} })).toBe(0)
    for (const name of ['nginx', 'nginx:1.27', 'docker.io/library/nginx:latest', 'library/nginx', 'mcr.microsoft.com/oss/nginx/nginx:1.15.5-alpine']) {
      expect(resolveSimulatedImage(name)?.repository, name).toBe('docker.io/library/nginx')
    }
    expect(resolveSimulatedImage('busybox:1.36')?.repository).toBe('docker.io/library/busybox')
    expect(resolveSimulatedImage('docker.io/library/alpine:3.21')?.repository).toBe('docker.io/library/alpine')
    expect(resolveSimulatedImage('docker.io/nobody/nginx')).toBeNull()
    expect(resolveSimulatedImage('myregistry.example.com/app:1')).toBeNull()
  })

  it('fails unknown images like a real pull: missing repository, or a registry that does not resolve', () => {
    expect(pullFailureMessage('docker.io/nobody/app:1.0')).toBe(
      'Failed to pull image "docker.io/nobody/app:1.0": rpc error: code = Unknown desc = Error response from daemon: pull access denied for nobody/app, repository does not exist or may require \'docker login\'',
    )
    expect(pullFailureMessage('registry.invalid/team/app')).toMatch(/dial tcp: lookup registry\.invalid: no such host$/)
    expect(pullFailureMessage('myacr.azurecr.io/app')).toMatch(/pull access denied for myacr\.azurecr\.io\/app/)
  })

  it('serves the welcome page at / and Express’s 404 elsewhere', () => {
    const serve = resolveSimulatedImage('mcr.microsoft.com/azuredocs/aci-helloworld')!.serveHttp!
    const request = { method: 'GET', url: '/', httpVersion: '1.1', remoteAddress: '::1' }
    const page = serve(request)
    expect(page.status).toBe(200)
    expect(page.body).toContain('Welcome to Azure Container Instances!')
    expect(page.headers['content-length']).toBe(String(Buffer.byteLength(page.body)))
    const missing = serve({ ...request, method: 'POST', url: '/api?x=<b>' })
    expect(missing.status).toBe(404)
    expect(missing.body).toContain('Cannot POST /api')
    expect(missing.body).not.toContain('<b>')
  })

  it('counts words like the word-count sample, honouring NumWords and MinLength', () => {
    expect(topWords({ numWords: 3, minLength: 0 })).toEqual([['the', 990], ['and', 702], ['of', 628]])
    expect(topWords({ numWords: 5, minLength: 8 }).map(([word]) => word)).toEqual(['CLAUDIUS', 'POLONIUS', 'GERTRUDE', 'ROSENCRANTZ', 'GUILDENSTERN'])
  })
})
