// Where Cerulean keeps the files it generates on first start. Every process (the Next.js
// server, the HTTPS listener, the CLI, the test harness) resolves the same folder, so a
// token signed by one is verified by another and one CA is trusted everywhere.
import path from 'node:path'
import { env } from '../env'

export function dataDir(): string {
  // A runtime folder, not a source: the ignore comment keeps Next's build from tracing the
  // whole project into its output because of this dynamic path.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.CERULEAN_DATA_DIR)
}

export type TTlsPaths = { dir: string; caCert: string; caKey: string; serverCert: string; serverKey: string }

export function tlsPaths(root: string = dataDir()): TTlsPaths {
  const dir = path.join(root, 'tls')
  return {
    dir,
    caCert: path.join(dir, 'ca.pem'),
    caKey: path.join(dir, 'ca-key.pem'),
    serverCert: path.join(dir, 'server.pem'),
    serverKey: path.join(dir, 'server-key.pem'),
  }
}
