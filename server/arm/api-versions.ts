// api-versions the official clients send (ACI-REFERENCE §1.1, §1.3). ARM requires one on every
// call; Cerulean serves every known version the same way and serves a well-formed date newer
// than the newest known one with the newest behaviour, so a client upgrade never breaks.
import { ArmError } from './errors'

export const CONTAINER_INSTANCE_API_VERSIONS = [
  '2018-06-01',
  '2018-10-01',
  '2019-12-01',
  '2020-11-01',
  '2021-03-01',
  '2021-07-01',
  '2021-09-01',
  '2021-10-01',
  '2022-04-01-preview',
  '2022-09-01',
  '2022-10-01-preview',
  '2023-02-01-preview',
  '2023-05-01',
  '2024-05-01-preview',
  '2024-10-01-preview',
  '2024-11-01-preview',
  '2025-09-01',
] as const

export const RESOURCE_MANAGER_API_VERSIONS = [
  '2015-01-01',
  '2016-06-01',
  '2018-05-01',
  '2019-10-01',
  '2019-11-01',
  '2020-01-01',
  '2020-06-01',
  '2021-01-01',
  '2021-04-01',
  '2022-09-01',
  '2022-12-01',
  '2024-03-01',
  '2024-11-01',
  '2025-04-01',
] as const

const KNOWN = new Set<string>([...CONTAINER_INSTANCE_API_VERSIONS, ...RESOURCE_MANAGER_API_VERSIONS])
const OLDEST = '2015-01-01'
const WELL_FORMED = /^(\d{4})-(\d{2})-(\d{2})(-(preview|privatepreview|beta|alpha))?$/i

export const MISSING_API_VERSION_MESSAGE = 'The api-version query parameter (?api-version=) is required for all requests.'

/** The api-version of the request, checked: missing → MissingApiVersionParameter, malformed or too old → InvalidApiVersionParameter. */
export function requireApiVersion(url: URL): string {
  const values = url.searchParams.getAll('api-version')
  const value = values[0]?.trim()
  if (!value) throw new ArmError('MissingApiVersionParameter', MISSING_API_VERSION_MESSAGE)
  if (KNOWN.has(value.toLowerCase())) return value
  const match = WELL_FORMED.exec(value)
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : ''
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (!match || month < 1 || month > 12 || day < 1 || day > 31 || date < OLDEST) {
    throw new ArmError(
      'InvalidApiVersionParameter',
      `The api-version '${value.slice(0, 64)}' is invalid. The supported versions are '${[...CONTAINER_INSTANCE_API_VERSIONS].reverse().join(',')}'.`,
    )
  }
  return value
}
