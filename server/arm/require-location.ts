import { ArmError } from './errors'
import { normalizeRegion, REGION_NAMES } from './regions'

/** A region from a path segment ("eastus", "East US"); an unknown one is ARM's 400. */
export function requireLocation(location: string): string {
  const region = normalizeRegion(location)
  if (!region) {
    throw new ArmError(
      'LocationNotAvailableForResourceType',
      `The provided location '${location.slice(0, 100)}' is not available for resource type 'Microsoft.ContainerInstance/containerGroups'. List of available regions for the resource type is '${REGION_NAMES.join(',')}'.`,
    )
  }
  return region
}
