// What the portal's "Create container instance" wizard holds while a person fills it in.
// Inputs stay strings until validation so a half-typed value is never lost or coerced.
// Pure data, shared by the wizard's client component and its server-side checks.
import { DEFAULT_REGION, type RegionName } from '../arm/regions'
import type { TDnsNameLabelScope } from './schemas'
import { RESTART_POLICIES } from './schemas'

export const WIZARD_TABS = [
  ['basics', 'Basics'],
  ['networking', 'Networking'],
  ['monitoring', 'Monitoring'],
  ['advanced', 'Advanced'],
  ['tags', 'Tags'],
  ['review', 'Review + create'],
] as const
export type TWizardTab = (typeof WIZARD_TABS)[number][0]

export const QUICKSTART_IMAGES = [
  { image: 'mcr.microsoft.com/azuredocs/aci-helloworld:latest', osType: 'Linux' },
  { image: 'mcr.microsoft.com/azuredocs/aci-wordcount:latest', osType: 'Linux' },
  { image: 'mcr.microsoft.com/azuredocs/aci-helloworld:v1', osType: 'Linux' },
] as const

export const IMAGE_SOURCES = [
  ['quickstart', 'Quickstart images'],
  ['acr', 'Azure Container Registry'],
  ['other', 'Other registry'],
] as const
export type TImageSource = (typeof IMAGE_SOURCES)[number][0]

export const NETWORKING_TYPES = ['Public', 'Private', 'None'] as const
export type TNetworkingType = (typeof NETWORKING_TYPES)[number]

// Portal wording for the API's DNS name label reuse policies, in the portal's order.
export const DNS_NAME_LABEL_SCOPE_LABELS: Record<TDnsNameLabelScope, string> = {
  TenantReuse: 'Tenant',
  SubscriptionReuse: 'Subscription',
  ResourceGroupReuse: 'Resource group',
  Noreuse: 'No reuse',
  Unsecure: 'Any reuse',
}

export type TRestartPolicy = (typeof RESTART_POLICIES)[number]
export const RESTART_POLICY_LABELS: Record<TRestartPolicy, string> = {
  Always: 'Always',
  OnFailure: 'On failure',
  Never: 'Never',
}

export const DEFAULT_CPU = '1'
export const DEFAULT_MEMORY_GB = '1.5'

export type TPortRow = { id: string; port: string; protocol: 'TCP' | 'UDP' }
export type TEnvironmentVariableRow = { id: string; secure: boolean; name: string; value: string }
export type TTagRow = { id: string; name: string; value: string }

export type TWizardForm = {
  subscriptionId: string
  resourceGroupName: string
  // A "(New)" resource group is created, in the chosen region, when the deployment starts.
  resourceGroupIsNew: boolean
  name: string
  region: RegionName
  availabilityZone: 'None'
  sku: 'Standard' | 'Confidential'
  imageSource: TImageSource
  image: string
  cpu: string
  memoryInGB: string
  networkingType: TNetworkingType
  dnsNameLabel: string
  dnsNameLabelScope: TDnsNameLabelScope
  ports: TPortRow[]
  restartPolicy: TRestartPolicy
  environmentVariables: TEnvironmentVariableRow[]
  commandOverride: string
  tags: TTagRow[]
}

export function emptyWizardForm({ subscriptionId, newRowId }: { subscriptionId: string; newRowId: () => string }): TWizardForm {
  return {
    subscriptionId,
    resourceGroupName: '',
    resourceGroupIsNew: false,
    name: '',
    region: DEFAULT_REGION,
    availabilityZone: 'None',
    sku: 'Standard',
    imageSource: 'quickstart',
    image: QUICKSTART_IMAGES[0].image,
    cpu: DEFAULT_CPU,
    memoryInGB: DEFAULT_MEMORY_GB,
    networkingType: 'Public',
    dnsNameLabel: '',
    dnsNameLabelScope: 'TenantReuse',
    ports: [{ id: newRowId(), port: '80', protocol: 'TCP' }],
    restartPolicy: 'Always',
    environmentVariables: [],
    commandOverride: '',
    tags: [],
  }
}

export function osTypeOfImage(image: string): 'Linux' | 'Windows' {
  return QUICKSTART_IMAGES.find((i) => i.image === image)?.osType ?? 'Linux'
}

/** "1 vCPU, 1.5 GiB memory, 0 gpus", as the portal's Size line reads. */
export function describeSize(cpu: string, memoryInGB: string): string {
  return `${cpu} vCPU${cpu === '1' ? '' : 's'}, ${memoryInGB} GiB memory, 0 gpus`
}
