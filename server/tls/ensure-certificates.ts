// Loads the local CA and the server certificate, generating them on first start. Several
// processes may start at once (the HTTPS listener, the CLI's `env`, a test harness), so the
// whole folder is written under a temporary name and renamed into place: the first rename
// wins, and everyone ends up trusting the same CA.
import fs from 'node:fs'
import path from 'node:path'
import { daysUntilExpiry, generateCertificateAuthority, generateServerCertificate } from './generate-certificates'
import { dataDir, tlsPaths, type TTlsPaths } from './data-dir'

// A server certificate this close to expiry is re-issued by the same CA, so clients that
// already trust the CA need no change.
const RENEW_WITHIN_DAYS = 30

export type TCertificates = { paths: TTlsPaths; caCertPem: string; serverCertPem: string; serverKeyPem: string }

function writePrivate(file: string, content: string) {
  fs.writeFileSync(file, content, { mode: 0o600 })
}

function createFolder(paths: TTlsPaths) {
  const staging = `${paths.dir}.${process.pid}.${Date.now()}.tmp`
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 })
  const ca = generateCertificateAuthority()
  const server = generateServerCertificate(ca)
  const staged = tlsPaths(path.dirname(staging))
  const name = (file: string) => path.join(staging, path.basename(file))
  fs.writeFileSync(name(staged.caCert), ca.caCertPem)
  writePrivate(name(staged.caKey), ca.caKeyPem)
  fs.writeFileSync(name(staged.serverCert), server.serverCertPem)
  writePrivate(name(staged.serverKey), server.serverKeyPem)
  try {
    fs.renameSync(staging, paths.dir)
  } catch (error) {
    // Another process got there first: keep its CA, drop ours.
    fs.rmSync(staging, { recursive: true, force: true })
    if (!fs.existsSync(paths.caCert)) throw error
  }
}

function renewServerCertificate(paths: TTlsPaths) {
  const server = generateServerCertificate({
    caCertPem: fs.readFileSync(paths.caCert, 'utf8'),
    caKeyPem: fs.readFileSync(paths.caKey, 'utf8'),
  })
  for (const [file, content] of [[paths.serverKey, server.serverKeyPem], [paths.serverCert, server.serverCertPem]]) {
    const staging = `${file}.${process.pid}.tmp`
    writePrivate(staging, content)
    fs.renameSync(staging, file)
  }
}

export function ensureCertificates(root: string = dataDir()): TCertificates {
  const paths = tlsPaths(root)
  if (!fs.existsSync(paths.caCert)) {
    fs.mkdirSync(root, { recursive: true })
    createFolder(paths)
  } else if (daysUntilExpiry(fs.readFileSync(paths.serverCert, 'utf8')) < RENEW_WITHIN_DAYS) {
    renewServerCertificate(paths)
  }
  return {
    paths,
    caCertPem: fs.readFileSync(paths.caCert, 'utf8'),
    serverCertPem: fs.readFileSync(paths.serverCert, 'utf8'),
    serverKeyPem: fs.readFileSync(paths.serverKey, 'utf8'),
  }
}
