// Node names as the pool uses them: aci-<region>-<os>-<NNN>, e.g. aci-eastus-linux-007.
export function nodeName(region: string, osType: string, index: number): string {
  return `aci-${region}-${osType.toLowerCase()}-${String(index).padStart(3, '0')}`
}
