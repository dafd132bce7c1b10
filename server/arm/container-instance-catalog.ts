// Fixed answers of the Microsoft.ContainerInstance provider: its operations list, and per region
// the cached images and capabilities (ACI-REFERENCE §1.2 examples). Capabilities mirror the limits
// ZCreateContainerGroupInput enforces, so what the API advertises is what it accepts.
import { MAX_GROUP_CPU, MAX_GROUP_MEMORY_GB } from '../containergroups/schemas'
import { regionDisplayName } from './regions'

const PROVIDER = 'Microsoft Container Instance'

const OPERATIONS: [name: string, resource: string, operation: string, description: string][] = [
  ['containerGroups/read', 'Container Group', 'Get Container Groups', 'Get all container groups.'],
  ['containerGroups/write', 'Container Group', 'Create or Update Container Groups', 'Create or update a specific container group.'],
  ['containerGroups/delete', 'Container Group', 'Delete Container Groups', 'Delete the specific container group.'],
  ['containerGroups/restart/action', 'Container Group', 'Restart Container Groups', 'Restarts a specific container group.'],
  ['containerGroups/stop/action', 'Container Group', 'Stop Container Groups', 'Stops a specific container group. Compute resources will be deallocated and billing will stop.'],
  ['containerGroups/start/action', 'Container Group', 'Start Container Groups', 'Starts a specific container group.'],
  ['containerGroups/containers/logs/read', 'Container', 'Get Container Logs', 'Get logs for a specific container.'],
  ['containerGroups/containers/exec/action', 'Container', 'Container Exec', 'Exec into a specific container.'],
  ['containerGroups/containers/attach/action', 'Container', 'Container Attach', 'Attach to the output stream of a specific container.'],
  ['containerGroups/outboundNetworkDependenciesEndpoints/read', 'Container Group', 'List Outbound Network Dependencies Endpoints', 'List the outbound network dependencies of a container group.'],
  ['locations/usages/read', 'Usage', 'Get Usage', 'Get the usage for a specific location.'],
  ['locations/cachedImages/read', 'Cached Images', 'Get Cached Images', 'Gets the cached images for the subscription in a region.'],
  ['locations/capabilities/read', 'Capabilities', 'Get Capabilities', 'Get the capabilities for a region.'],
  ['locations/operations/read', 'Operation', 'Get Operation', 'Get the status of an asynchronous operation.'],
  ['operations/read', 'Operation', 'List Operations', 'List the operations for Azure Container Instance service.'],
]

export function providerOperations() {
  return OPERATIONS.map(([name, resource, operation, description]) => ({
    name: `Microsoft.ContainerInstance/${name}`,
    display: { provider: PROVIDER, resource, operation, description },
    origin: 'User,System',
  }))
}

export const CACHED_IMAGES = [
  { osType: 'Linux', image: 'mcr.microsoft.com/azuredocs/aci-helloworld:latest' },
  { osType: 'Linux', image: 'mcr.microsoft.com/azuredocs/aci-helloworld:v1' },
  { osType: 'Linux', image: 'mcr.microsoft.com/azuredocs/aci-wordcount:latest' },
]

export function locationCapabilities(location: string) {
  const displayName = regionDisplayName(location)
  return (['Linux', 'Windows'] as const).flatMap((osType) =>
    (['Public', 'Private'] as const).map((ipAddressType) => ({
      resourceType: 'containerGroups',
      osType,
      location: displayName,
      ipAddressType,
      gpu: 'None',
      capabilities: { maxMemoryInGB: MAX_GROUP_MEMORY_GB, maxCpu: MAX_GROUP_CPU, maxGpuCount: 0 },
    })),
  )
}
