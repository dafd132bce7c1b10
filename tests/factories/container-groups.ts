// Wizard-shaped input for createContainerGroup: the quickstart's defaults (aci-helloworld,
// 1 vCPU, 1.5 GiB, public IP on port 80), each field overridable.
import type { TCreateContainerGroupInput } from '../../server/containergroups/schemas'

export const HELLO_WORLD_IMAGE = 'mcr.microsoft.com/azuredocs/aci-helloworld:latest'
export const WORD_COUNT_IMAGE = 'mcr.microsoft.com/azuredocs/aci-wordcount:latest'

export function containerGroupInput({
  name = 'mycontainer',
  resourceGroupName = 'myresourcegroup',
  location = 'eastus',
  image = HELLO_WORLD_IMAGE,
  cpu = 1,
  memoryInGB = 1.5,
  restartPolicy,
  dnsNameLabel,
  dnsNameLabelScope = 'TenantReuse',
  environmentVariables = [],
}: {
  name?: string
  resourceGroupName?: string
  location?: string
  image?: string
  cpu?: number
  memoryInGB?: number
  restartPolicy?: 'Always' | 'OnFailure' | 'Never'
  dnsNameLabel?: string
  dnsNameLabelScope?: 'TenantReuse' | 'SubscriptionReuse' | 'ResourceGroupReuse' | 'Noreuse' | 'Unsecure'
  environmentVariables?: Array<{ name: string; value?: string }>
} = {}): TCreateContainerGroupInput {
  return {
    resourceGroupName,
    name,
    location,
    osType: 'Linux',
    restartPolicy,
    ipAddress: { type: 'Public', ports: [{ port: 80, protocol: 'TCP' }], dnsNameLabel, dnsNameLabelScope },
    containers: [{ name, image, cpu, memoryInGB, ports: [{ port: 80, protocol: 'TCP' }], environmentVariables }],
  }
}
