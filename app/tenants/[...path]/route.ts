// ANY /tenants/… – a path no route serves: ARM's 404 InvalidResourceType envelope
import { unknownArmPath } from '@/server/arm/unknown-arm-path'

export const GET = unknownArmPath
export const HEAD = unknownArmPath
export const PUT = unknownArmPath
export const POST = unknownArmPath
export const PATCH = unknownArmPath
export const DELETE = unknownArmPath
