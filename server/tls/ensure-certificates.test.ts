import { X509Certificate } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import forge from 'node-forge'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureCertificates } from './ensure-certificates'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-tls-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

function expiredCertificatePem(): string {
  const keys = forge.pki.rsa.generateKeyPair(1024)
  const cert = forge.pki.createCertificate()
  cert.publicKey = keys.publicKey
  cert.serialNumber = '01'
  cert.validity.notBefore = new Date(Date.now() - 2 * 86_400_000)
  cert.validity.notAfter = new Date(Date.now() - 86_400_000)
  cert.setSubject([{ name: 'commonName', value: 'localhost' }])
  cert.setIssuer([{ name: 'commonName', value: 'localhost' }])
  cert.sign(keys.privateKey, forge.md.sha256.create())
  return forge.pki.certificateToPem(cert)
}

describe('ensureCertificates', () => {
  it('creates a CA and a localhost certificate it signed, once', () => {
    const first = ensureCertificates(root)
    const ca = new X509Certificate(first.caCertPem)
    const server = new X509Certificate(first.serverCertPem)
    expect(ca.ca).toBe(true)
    expect(server.ca).toBe(false)
    expect(server.verify(ca.publicKey)).toBe(true)
    expect(server.checkIssued(ca)).toBe(true)
    expect(server.checkHost('localhost')).toBe('localhost')
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(server.checkIP('::1')).toBe('::1')
    expect(fs.statSync(first.paths.caKey).mode & 0o077).toBe(0)
    // A second start (or another process) reuses the same CA and certificate.
    expect(ensureCertificates(root).caCertPem).toBe(first.caCertPem)
    expect(ensureCertificates(root).serverCertPem).toBe(first.serverCertPem)
  })

  it('re-issues an expiring server certificate from the same CA', () => {
    const before = ensureCertificates(root)
    const expiring = expiredCertificatePem()
    fs.writeFileSync(before.paths.serverCert, expiring)
    const after = ensureCertificates(root)
    expect(after.caCertPem).toBe(before.caCertPem)
    expect(after.serverCertPem).not.toBe(expiring)
    expect(new X509Certificate(after.serverCertPem).verify(new X509Certificate(after.caCertPem).publicKey)).toBe(true)
  })
})
