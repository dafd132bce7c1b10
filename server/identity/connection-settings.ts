// What a client needs to reach Cerulean like Azure: the shell exports for the SDKs and az,
// and the az commands that register and log in to this cloud. The CLI's `env` and the
// portal's "Connect your tools" page both print these, so they cannot drift apart.
import { env } from '../env'
import { tlsPaths } from '../tls/data-dir'

export type TConnectionSettings = { httpsOrigin: string; caPath: string; exports: string; azCommands: string; sdkSnippet: string }

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

export function connectionSettings({ caPath = tlsPaths().caCert, httpsPort = env.CERULEAN_HTTPS_PORT }: { caPath?: string; httpsPort?: number } = {}): TConnectionSettings {
  const httpsOrigin = `https://localhost:${httpsPort}`
  const exports = [
    `export NODE_EXTRA_CA_CERTS=${quote(caPath)}`,
    `export REQUESTS_CA_BUNDLE=${quote(caPath)}`,
    `export AZURE_AUTHORITY_HOST=${quote(httpsOrigin)}`,
    `export CERULEAN_ARM_ENDPOINT=${quote(httpsOrigin)}`,
  ].join('\n')
  // az reads /metadata/endpoints and then treats the cloud as ADFS: no Microsoft login host
  // is contacted, and `--tenant` must be the tenant id (ACI-REFERENCE §11).
  const azCommands = [
    `az cloud register -n cerulean --endpoint-resource-manager ${httpsOrigin}/`,
    'az cloud set -n cerulean',
    'az login --service-principal -u <appId> -p <password> --tenant <tenant>',
    'az group create -n demo-rg -l eastus',
    'az container create -g demo-rg -n hello --image mcr.microsoft.com/azuredocs/aci-helloworld --ports 80 --ip-address Public',
  ].join('\n')
  const sdkSnippet = [
    '// AZURE_TENANT_ID=adfs AZURE_CLIENT_ID=<appId> AZURE_CLIENT_SECRET=<password>, plus the exports above',
    "const credential = new DefaultAzureCredential()",
    'const client = new ContainerInstanceManagementClient(credential, subscriptionId, { endpoint: process.env.CERULEAN_ARM_ENDPOINT })',
  ].join('\n')
  return { httpsOrigin, caPath, exports, azCommands, sdkSnippet }
}
