// npx tsx scripts/https-server.ts – the HTTPS listener in front of the portal/API server.
// Generates the local CA and certificate on first start (in CERULEAN_DATA_DIR/tls) and
// forwards https://localhost:CERULEAN_HTTPS_PORT to http://127.0.0.1:PORT.
import { env } from '../server/env'
import { startHttpsServer } from '../server/tls/https-server'
import { tlsPaths } from '../server/tls/data-dir'

const server = await startHttpsServer({ port: env.CERULEAN_HTTPS_PORT, targetPort: env.PORT, execPort: env.CERULEAN_EXEC_PORT })
console.log(`HTTPS listener on https://localhost:${env.CERULEAN_HTTPS_PORT} -> http://127.0.0.1:${env.PORT} (CA: ${tlsPaths().caCert})`)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    // Open keep-alive and streaming connections would hold close() forever.
    server.closeAllConnections()
  })
}
