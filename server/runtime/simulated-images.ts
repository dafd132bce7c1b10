// The images Cerulean can "pull". Anything else fails like an image ACI cannot access, with the
// error a real pull would give: "repository does not exist" on a registry Cerulean knows, a DNS
// failure on one it does not.
import { canonicalRepository, DOCKER_HUB, parseImageReference, registryOf } from './image-reference'
import { aciHelloWorld } from './images/aci-helloworld'
import { aciWordCount } from './images/aci-wordcount'
import { alpine, busybox } from './images/busybox'
import { nginx } from './images/nginx'
import type { TSimulatedImage } from './simulated-image'

const CATALOG: TSimulatedImage[] = [aciHelloWorld, aciWordCount, nginx, busybox, alpine]

const KNOWN_REGISTRIES = new Set([DOCKER_HUB, 'mcr.microsoft.com', 'ghcr.io', 'quay.io'])

const byRepository = new Map(CATALOG.flatMap((image) => (image.repositories ?? [image.repository]).map((repository) => [repository, image] as const)))

export function resolveSimulatedImage(image: string): TSimulatedImage | null {
  return byRepository.get(canonicalRepository(parseImageReference(image).repository)) ?? null
}

export function isKnownRegistry(registry: string): boolean {
  return KNOWN_REGISTRIES.has(registry) || registry.endsWith('.azurecr.io')
}

/** The message ACI's Failed event carries when an image cannot be pulled. */
export function pullFailureMessage(image: string): string {
  const { repository, tag } = parseImageReference(image)
  const registry = registryOf(repository)
  const prefix = `Failed to pull image "${image}": rpc error: code = Unknown desc = `
  if (!isKnownRegistry(registry)) {
    return `${prefix}failed to resolve reference "${repository}:${tag}": failed to do request: Head "https://${registry}/v2/": dial tcp: lookup ${registry.replace(/:\d+$/, '')}: no such host`
  }
  const name = registry === DOCKER_HUB ? repository.replace(/^(index\.)?docker\.io\//, '') : repository
  return `${prefix}Error response from daemon: pull access denied for ${name}, repository does not exist or may require 'docker login'`
}

/** Spellings of images whose containers exit on their own (the reconciler watches them until they do). */
export function batchImageRepositories(): string[] {
  return CATALOG.filter((image) => image.batch).flatMap((image) => {
    const names = image.repositories ?? [image.repository]
    const hubShortNames = names.filter((n) => n.startsWith(`${DOCKER_HUB}/library/`)).flatMap((n) => [n.slice(`${DOCKER_HUB}/library/`.length), n.slice(`${DOCKER_HUB}/`.length)])
    return [...names, ...hubShortNames]
  })
}
