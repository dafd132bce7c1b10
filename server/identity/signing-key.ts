// The key pair Cerulean signs access tokens with, generated once and kept in the data
// folder, so tokens survive a restart and every process (Next.js, the CLI, tests) agrees
// on one key. RS256 because that is what Microsoft Entra ID issues and clients expect.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose'
import { dataDir } from '../tls/data-dir'

export const SIGNING_ALGORITHM = 'RS256'

export type TSigningKey = { kid: string; privateKey: KeyObject; publicKey: KeyObject; publicJwk: JWK }

const cache = new Map<string, Promise<TSigningKey>>()

function readOrCreatePem(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8')
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const staging = `${file}.${process.pid}.${Date.now()}.tmp`
  fs.writeFileSync(staging, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  try {
    // link() fails if the file exists, so when two processes race the first key wins.
    fs.linkSync(staging, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    fs.rmSync(staging, { force: true })
  }
  return fs.readFileSync(file, 'utf8')
}

async function loadSigningKey(root: string): Promise<TSigningKey> {
  const privateKey = createPrivateKey(readOrCreatePem(path.join(root, 'identity', 'token-signing-key.pem')))
  const publicKey = createPublicKey(privateKey)
  const jwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(jwk)
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, use: 'sig', alg: SIGNING_ALGORITHM } }
}

export function getSigningKey(root: string = dataDir()): Promise<TSigningKey> {
  let key = cache.get(root)
  if (!key) {
    key = loadSigningKey(root)
    // A failed load (e.g. an unwritable folder) is retried on the next call, not cached.
    key.catch(() => cache.delete(root))
    cache.set(root, key)
  }
  return key
}
