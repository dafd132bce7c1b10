// The regions Cerulean offers for container groups, with the display names the portal uses.
// ARM takes either form on input ("East US" or "eastus"); resources store the short name.
export const REGIONS = [
  ['eastus', 'East US'],
  ['eastus2', 'East US 2'],
  ['westus', 'West US'],
  ['westus2', 'West US 2'],
  ['westus3', 'West US 3'],
  ['centralus', 'Central US'],
  ['northcentralus', 'North Central US'],
  ['southcentralus', 'South Central US'],
  ['westcentralus', 'West Central US'],
  ['canadacentral', 'Canada Central'],
  ['brazilsouth', 'Brazil South'],
  ['northeurope', 'North Europe'],
  ['westeurope', 'West Europe'],
  ['uksouth', 'UK South'],
  ['francecentral', 'France Central'],
  ['germanywestcentral', 'Germany West Central'],
  ['swedencentral', 'Sweden Central'],
  ['switzerlandnorth', 'Switzerland North'],
  ['norwayeast', 'Norway East'],
  ['eastasia', 'East Asia'],
  ['southeastasia', 'Southeast Asia'],
  ['japaneast', 'Japan East'],
  ['koreacentral', 'Korea Central'],
  ['australiaeast', 'Australia East'],
  ['centralindia', 'Central India'],
  ['southafricanorth', 'South Africa North'],
  ['uaenorth', 'UAE North'],
] as const

export type RegionName = (typeof REGIONS)[number][0]
export const REGION_NAMES = REGIONS.map(([name]) => name) as [RegionName, ...RegionName[]]
export const DEFAULT_REGION: RegionName = 'eastus'

const byKey = new Map<string, RegionName>()
for (const [name, displayName] of REGIONS) {
  byKey.set(name, name)
  byKey.set(displayName.toLowerCase().replace(/\s+/g, ''), name)
}

/** "East US", "eastus" and "EASTUS" all normalise to "eastus"; unknown regions give undefined. */
export function normalizeRegion(location: string): RegionName | undefined {
  return byKey.get(location.toLowerCase().replace(/\s+/g, ''))
}

export function regionDisplayName(name: string): string {
  return REGIONS.find(([n]) => n === name)?.[1] ?? name
}
