// The images Cerulean can "pull". Anything else fails like an image ACI cannot access.
import { parseImageReference } from './image-reference'
import { aciHelloWorld } from './images/aci-helloworld'
import { aciWordCount } from './images/aci-wordcount'
import type { TSimulatedImage } from './simulated-image'

const CATALOG: TSimulatedImage[] = [aciHelloWorld, aciWordCount]

const byRepository = new Map(CATALOG.map((image) => [image.repository, image]))

export function resolveSimulatedImage(image: string): TSimulatedImage | null {
  return byRepository.get(parseImageReference(image).repository) ?? null
}

/** The message ACI's Failed event carries when an image cannot be pulled. */
export function pullFailureMessage(image: string): string {
  const { repository } = parseImageReference(image)
  return (
    `Failed to pull image "${image}": rpc error: code = Unknown desc = Error response from daemon: ` +
    `pull access denied for ${repository}, repository does not exist or may require 'docker login'`
  )
}

/** Repositories whose containers exit on their own (the reconciler watches them until they do). */
export function batchImageRepositories(): string[] {
  return CATALOG.filter((image) => image.batch).map((image) => image.repository)
}
