// "mcr.microsoft.com/azuredocs/aci-helloworld:latest" -> repository + tag. Registry host names
// are case-insensitive and a digest (@sha256:...) pins the same repository. Docker Hub has
// several spellings for one image (nginx, library/nginx, docker.io/library/nginx,
// index.docker.io/library/nginx); `canonicalRepository` folds them into one.

export type TImageReference = { repository: string; tag: string }

export const DOCKER_HUB = 'docker.io'

export function parseImageReference(image: string): TImageReference {
  const withoutDigest = image.trim().split('@')[0]
  const lastSlash = withoutDigest.lastIndexOf('/')
  const lastColon = withoutDigest.lastIndexOf(':')
  const hasTag = lastColon > lastSlash
  const repository = (hasTag ? withoutDigest.slice(0, lastColon) : withoutDigest).toLowerCase()
  return { repository, tag: hasTag ? withoutDigest.slice(lastColon + 1) : 'latest' }
}

/** The registry host of a repository: its first segment when that looks like a host, else Docker Hub. */
export function registryOf(repository: string): string {
  const [first, ...rest] = repository.split('/')
  const isHost = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost')
  return isHost ? (first === 'index.docker.io' ? DOCKER_HUB : first) : DOCKER_HUB
}

export function canonicalRepository(repository: string): string {
  const registry = registryOf(repository)
  if (registry !== DOCKER_HUB) return repository
  const path = repository.replace(/^(index\.)?docker\.io\//, '')
  return `${DOCKER_HUB}/${path.includes('/') ? path : `library/${path}`}`
}

/** registry/repository:tag, the key a node's image cache uses. */
export function canonicalImage(image: string): string {
  const { repository, tag } = parseImageReference(image)
  return `${canonicalRepository(repository)}:${tag}`
}
