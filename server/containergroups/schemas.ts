// The rules for a container group, once. The portal wizard validates with these as the
// user types, the ARM API with the same schemas, and createContainerGroup parses again.
import { z } from 'zod'
import { REGION_NAMES, normalizeRegion } from '../arm/regions'

export const CONTAINER_GROUP_NAME_RULE =
  'The name must be 1 to 63 characters long, contain only lowercase letters, numbers and hyphens, start and end with a letter or number, and not contain "--".'
export const DNS_NAME_LABEL_RULE =
  'The DNS name label must be 5 to 63 characters long, contain only lowercase letters, numbers and hyphens, start with a letter and end with a letter or number.'
export const RESOURCE_GROUP_NAME_RULE =
  'Resource group names can only include alphanumeric, underscore, parentheses, hyphen and period (except at the end), and be 1 to 90 characters long.'

export const ZContainerGroupName = z
  .string()
  .min(1, 'The container name is required.')
  .max(63, CONTAINER_GROUP_NAME_RULE)
  .regex(/^(?!.*--)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, CONTAINER_GROUP_NAME_RULE)

export const ZContainerName = ZContainerGroupName

export const ZResourceGroupName = z
  .string()
  .min(1, 'The resource group name is required.')
  .max(90, RESOURCE_GROUP_NAME_RULE)
  .regex(/^[-\p{L}\p{N}_.()]+$/u, RESOURCE_GROUP_NAME_RULE)
  .refine((name) => !name.endsWith('.'), RESOURCE_GROUP_NAME_RULE)

export const ZDnsNameLabel = z
  .string()
  .min(5, DNS_NAME_LABEL_RULE)
  .max(63, DNS_NAME_LABEL_RULE)
  .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, DNS_NAME_LABEL_RULE)

export const ZLocation = z
  .string()
  .transform((value, ctx) => {
    const region = normalizeRegion(value)
    if (!region) {
      ctx.addIssue({
        code: 'custom',
        message: `The location '${value}' is not available for resource type 'Microsoft.ContainerInstance/containerGroups'. Choose one of: ${REGION_NAMES.join(', ')}.`,
      })
      return z.NEVER
    }
    return region
  })

export const OS_TYPES = ['Linux', 'Windows'] as const
export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const
export const SKUS = ['Standard', 'Confidential'] as const
export const IP_ADDRESS_TYPES = ['Public', 'Private'] as const
// API names of the DNS name label reuse policies. The portal shows them as
// Tenant, Subscription, Resource group, No reuse and Any reuse.
export const DNS_NAME_LABEL_SCOPES = ['TenantReuse', 'SubscriptionReuse', 'ResourceGroupReuse', 'Noreuse', 'Unsecure'] as const
export type TDnsNameLabelScope = (typeof DNS_NAME_LABEL_SCOPES)[number]

export const ZPort = z.object({
  port: z.number().int('The port must be a whole number.').min(1, 'Ports range from 1 to 65535.').max(65535, 'Ports range from 1 to 65535.'),
  protocol: z.enum(['TCP', 'UDP']).default('TCP'),
})

export const ZEnvironmentVariable = z.object({
  name: z
    .string()
    .min(1, 'The variable name is required.')
    .max(63, 'Environment variable names are at most 63 characters.')
    .regex(/^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/, 'Environment variable names contain letters, numbers and underscores.'),
  value: z.string().optional(),
  secureValue: z.string().optional(),
})

// Linux Standard container groups: Azure's long-standing default ceiling.
export const MAX_GROUP_CPU = 4
export const MAX_GROUP_MEMORY_GB = 16
export const MAX_PORTS_PER_IP = 5

export const ZContainerInput = z.object({
  name: ZContainerName,
  image: z.string().trim().min(1, 'The image is required.').max(512),
  command: z.array(z.string()).default([]),
  ports: z.array(ZPort).default([]),
  environmentVariables: z.array(ZEnvironmentVariable).default([]),
  cpu: z.number().positive('CPU must be greater than 0.').max(MAX_GROUP_CPU, `At most ${MAX_GROUP_CPU} CPU cores per container group.`),
  memoryInGB: z.number().positive('Memory must be greater than 0.').max(MAX_GROUP_MEMORY_GB, `At most ${MAX_GROUP_MEMORY_GB} GB memory per container group.`),
})

export const ZIpAddressInput = z.object({
  type: z.enum(IP_ADDRESS_TYPES),
  ports: z.array(ZPort).min(1, 'At least one port is required.').max(MAX_PORTS_PER_IP, `At most ${MAX_PORTS_PER_IP} ports per IP address.`),
  dnsNameLabel: ZDnsNameLabel.optional(),
  dnsNameLabelScope: z.enum(DNS_NAME_LABEL_SCOPES).default('Unsecure'),
})

export const MAX_TAG_NAME_LENGTH = 512
export const MAX_TAG_VALUE_LENGTH = 256
export const MAX_TAGS = 50

export const ZTags = z
  .record(
    z.string().min(1, 'The tag name is required.').max(MAX_TAG_NAME_LENGTH, `Tag names are at most ${MAX_TAG_NAME_LENGTH} characters.`),
    z.string().max(MAX_TAG_VALUE_LENGTH, `Tag values are at most ${MAX_TAG_VALUE_LENGTH} characters.`),
  )
  .refine((tags) => Object.keys(tags).length <= MAX_TAGS, `At most ${MAX_TAGS} tags.`)
  .default({})

export const ZCreateContainerGroupInput = z
  .object({
    resourceGroupName: ZResourceGroupName,
    name: ZContainerGroupName,
    location: ZLocation,
    osType: z.enum(OS_TYPES),
    sku: z.enum(SKUS).default('Standard'),
    restartPolicy: z.enum(RESTART_POLICIES).default('Always'),
    ipAddress: ZIpAddressInput.optional(),
    containers: z.array(ZContainerInput).min(1, 'A container group needs at least one container.').max(60),
    tags: ZTags,
  })
  .superRefine((group, ctx) => {
    const cpu = group.containers.reduce((sum, c) => sum + c.cpu, 0)
    const memory = group.containers.reduce((sum, c) => sum + c.memoryInGB, 0)
    if (cpu > MAX_GROUP_CPU) {
      ctx.addIssue({ code: 'custom', path: ['containers'], message: `The container group requests ${cpu} CPU cores; at most ${MAX_GROUP_CPU} are allowed.` })
    }
    if (memory > MAX_GROUP_MEMORY_GB) {
      ctx.addIssue({ code: 'custom', path: ['containers'], message: `The container group requests ${memory} GB memory; at most ${MAX_GROUP_MEMORY_GB} GB are allowed.` })
    }
    const names = new Set<string>()
    group.containers.forEach((c, i) => {
      if (names.has(c.name)) ctx.addIssue({ code: 'custom', path: ['containers', i, 'name'], message: `Container names must be unique; '${c.name}' appears twice.` })
      names.add(c.name)
    })
    if (group.ipAddress) {
      const seen = new Set<string>()
      const exposed = new Set(group.containers.flatMap((c) => c.ports.map((p) => `${p.port}/${p.protocol}`)))
      group.ipAddress.ports.forEach((p, i) => {
        const key = `${p.port}/${p.protocol}`
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['ipAddress', 'ports', i, 'port'], message: `Port ${p.port} is listed twice.` })
        seen.add(key)
        if (!exposed.has(key)) ctx.addIssue({ code: 'custom', path: ['ipAddress', 'ports', i, 'port'], message: `Port ${p.port}/${p.protocol} is not opened by any container in the group.` })
      })
      if (group.ipAddress.type === 'Private' && group.ipAddress.dnsNameLabel) {
        ctx.addIssue({ code: 'custom', path: ['ipAddress', 'dnsNameLabel'], message: 'A DNS name label needs a public IP address.' })
      }
    }
  })

export type TCreateContainerGroupInput = z.input<typeof ZCreateContainerGroupInput>
export type TCreateContainerGroupData = z.output<typeof ZCreateContainerGroupInput>
export type TPort = z.output<typeof ZPort>
export type TEnvironmentVariable = z.output<typeof ZEnvironmentVariable>
