// A local certificate authority and one server certificate signed by it. Clients trust the
// CA (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE) rather than the server certificate itself:
// OpenSSL, and so Python's requests under az, refuses a self-signed leaf used as its own CA.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'

// The names the HTTPS listener answers on. The SDKs and az compare the URL's host with
// the certificate's subjectAltName, never with the common name.
export const SERVER_DNS_NAMES = ['localhost']
export const SERVER_IP_ADDRESSES = ['127.0.0.1', '::1']

const DAY_MS = 24 * 60 * 60 * 1000
const CA_LIFETIME_DAYS = 3650
// Browsers cap server certificates at 398 days; staying below keeps the portal usable too.
const SERVER_LIFETIME_DAYS = 397

export type TCertificateAuthority = { caCertPem: string; caKeyPem: string }
export type TServerCertificate = { serverCertPem: string; serverKeyPem: string }

function rsaKeyPair() {
  // Node's native generator: node-forge's pure-JS one takes seconds for 2048 bits.
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  return {
    privatePem,
    privateKey: forge.pki.privateKeyFromPem(privatePem),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  }
}

function newCertificate(publicKey: forge.pki.PublicKey, lifetimeDays: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate()
  cert.publicKey = publicKey
  // A positive serial: a leading zero bit keeps the DER integer from reading as negative.
  cert.serialNumber = '00' + randomBytes(16).toString('hex')
  // Backdated an hour so a client whose clock is slightly behind still accepts it.
  cert.validity.notBefore = new Date(Date.now() - 60 * 60 * 1000)
  cert.validity.notAfter = new Date(Date.now() + lifetimeDays * DAY_MS)
  return cert
}

export function generateCertificateAuthority(): TCertificateAuthority {
  const ca = rsaKeyPair()
  const caCert = newCertificate(ca.publicKey, CA_LIFETIME_DAYS)
  const caName = [
    { name: 'commonName', value: 'Cerulean Local CA' },
    { name: 'organizationName', value: 'Cerulean' },
  ]
  caCert.setSubject(caName)
  caCert.setIssuer(caName)
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ])
  caCert.sign(ca.privateKey, forge.md.sha256.create())
  return { caCertPem: forge.pki.certificateToPem(caCert), caKeyPem: ca.privatePem }
}

export function generateServerCertificate({ caCertPem, caKeyPem }: TCertificateAuthority): TServerCertificate {
  const caCert = forge.pki.certificateFromPem(caCertPem)
  const server = rsaKeyPair()
  const serverCert = newCertificate(server.publicKey, SERVER_LIFETIME_DAYS)
  serverCert.setSubject([{ name: 'commonName', value: 'localhost' }])
  serverCert.setIssuer(caCert.subject.attributes)
  serverCert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [...SERVER_DNS_NAMES.map((value) => ({ type: 2, value })), ...SERVER_IP_ADDRESSES.map((ip) => ({ type: 7, ip }))],
    },
    { name: 'subjectKeyIdentifier' },
    // Strict verifiers (Python 3.13's VERIFY_X509_STRICT) require the issuer's key id.
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ])
  serverCert.sign(forge.pki.privateKeyFromPem(caKeyPem), forge.md.sha256.create())
  return { serverCertPem: forge.pki.certificateToPem(serverCert), serverKeyPem: server.privatePem }
}

/** Days until the certificate expires (negative once it has). */
export function daysUntilExpiry(certPem: string): number {
  return (forge.pki.certificateFromPem(certPem).validity.notAfter.getTime() - Date.now()) / DAY_MS
}
