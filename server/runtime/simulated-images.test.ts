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
  it('knows the quickstart images under any tag and nothing else', () => {
    expect(resolveSimulatedImage('mcr.microsoft.com/azuredocs/aci-helloworld:v1')?.serveHttp).toBeTypeOf('function')
    expect(resolveSimulatedImage('mcr.microsoft.com/azuredocs/aci-wordcount:latest')?.batch?.exitCode({ containerName: 'c', environment: {} })).toBe(0)
    expect(resolveSimulatedImage('nginx:latest')).toBeNull()
    expect(pullFailureMessage('nginx:latest')).toMatch(/^Failed to pull image "nginx:latest": /)
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
