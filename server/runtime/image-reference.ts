// "mcr.microsoft.com/azuredocs/aci-helloworld:latest" -> repository + tag. Registry host names
// are case-insensitive and a digest (@sha256:...) pins the same repository.

export type TImageReference = { repository: string; tag: string }

export function parseImageReference(image: string): TImageReference {
  const withoutDigest = image.trim().split('@')[0]
  const lastSlash = withoutDigest.lastIndexOf('/')
  const lastColon = withoutDigest.lastIndexOf(':')
  const hasTag = lastColon > lastSlash
  const repository = (hasTag ? withoutDigest.slice(0, lastColon) : withoutDigest).toLowerCase()
  return { repository, tag: hasTag ? withoutDigest.slice(lastColon + 1) : 'latest' }
}
