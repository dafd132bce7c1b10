// Turns what the wizard holds into the input createContainerGroup takes. Anything the
// shared schema cannot judge (text that is not a number, a command that is not a list) is
// reported here, beside the field it came from; everything else is left to the schema.
import { MAX_GROUP_CPU, MAX_GROUP_MEMORY_GB, MAX_PORTS_PER_IP, MAX_TAG_NAME_LENGTH, type TCreateContainerGroupInput } from './schemas'
import { osTypeOfImage, type TWizardForm } from './wizard-form'

export type TWizardProblem = { field: string | null; message: string }
/** Row ids of the wizard's tables, in the order the create input lists them. */
export type TWizardRows = { ports: string[]; environmentVariables: string[]; tags: string[] }

export const COMMAND_OVERRIDE_RULE = 'Enter the command as a JSON array of strings, for example ["/bin/sh", "-c", "echo hello"], or as comma-separated values.'
export const MIN_MEMORY_GB = 0.5

/** `["/bin/sh","-c","echo hi"]` or the older portal's `python, myscript.py, arg1`. Empty means the image's own command. */
export function parseCommandOverride(text: string): { ok: true; command: string[] } | { ok: false; message: string } {
  const trimmed = text.trim()
  if (!trimmed) return { ok: true, command: [] }
  if (trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed)
      if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return { ok: true, command: value }
    } catch {
      // reported below, with the same message as any other malformed list
    }
    return { ok: false, message: COMMAND_OVERRIDE_RULE }
  }
  const parts = trimmed.split(',').map((part) => part.trim())
  if (parts.some((part) => !part)) return { ok: false, message: COMMAND_OVERRIDE_RULE }
  return { ok: true, command: parts }
}

/** The Change size panel's rules: whole CPU cores, memory in tenths of a GiB, within the group ceiling. */
export function validateSize(cpu: string, memoryInGB: string): { cpu?: string; memoryInGB?: string } {
  const errors: { cpu?: string; memoryInGB?: string } = {}
  const cores = Number(cpu)
  if (!cpu.trim() || !Number.isInteger(cores) || cores < 1 || cores > MAX_GROUP_CPU) {
    errors.cpu = `The number of CPU cores must be a whole number from 1 to ${MAX_GROUP_CPU}.`
  }
  const memory = Number(memoryInGB)
  const tenths = Math.round(memory * 10)
  if (!memoryInGB.trim() || !Number.isFinite(memory) || memory < MIN_MEMORY_GB || memory > MAX_GROUP_MEMORY_GB || Math.abs(tenths - memory * 10) > 1e-9) {
    errors.memoryInGB = `Memory must be from ${MIN_MEMORY_GB} to ${MAX_GROUP_MEMORY_GB} GiB, in steps of 0.1.`
  }
  return errors
}

function portsOf(form: TWizardForm, problems: TWizardProblem[], rows: TWizardRows) {
  if (form.networkingType === 'None') return []
  if (form.ports.length > MAX_PORTS_PER_IP) problems.push({ field: 'ports', message: `At most ${MAX_PORTS_PER_IP} ports per IP address.` })
  const ports: { port: number; protocol: 'TCP' | 'UDP' }[] = []
  for (const row of form.ports) {
    if (!/^\d+$/.test(row.port.trim())) {
      problems.push({ field: `port-${row.id}`, message: row.port.trim() ? 'The port must be a whole number from 1 to 65535.' : 'Enter a port number.' })
      continue
    }
    ports.push({ port: Number(row.port.trim()), protocol: row.protocol })
    rows.ports.push(row.id)
  }
  return ports
}

function environmentVariablesOf(form: TWizardForm, rows: TWizardRows) {
  return form.environmentVariables
    .filter((row) => row.name || row.value)
    .map((row) => {
      rows.environmentVariables.push(row.id)
      return row.secure ? { name: row.name, secureValue: row.value } : { name: row.name, value: row.value }
    })
}

function tagsOf(form: TWizardForm, problems: TWizardProblem[], rows: TWizardRows) {
  const tags: Record<string, string> = {}
  const seen = new Set<string>()
  for (const row of form.tags) {
    if (!row.name && !row.value) continue
    if (!row.name) {
      problems.push({ field: `tag-name-${row.id}`, message: 'The tag name is required.' })
      continue
    }
    if (row.name.length > MAX_TAG_NAME_LENGTH) {
      problems.push({ field: `tag-name-${row.id}`, message: `Tag names are at most ${MAX_TAG_NAME_LENGTH} characters.` })
      continue
    }
    // Azure treats tag names case-insensitively.
    if (seen.has(row.name.toLowerCase())) {
      problems.push({ field: `tag-name-${row.id}`, message: `The tag name '${row.name}' is used more than once.` })
      continue
    }
    seen.add(row.name.toLowerCase())
    tags[row.name] = row.value
    rows.tags.push(row.id)
  }
  return tags
}

export function wizardToCreateInput(form: TWizardForm): { input: TCreateContainerGroupInput; rows: TWizardRows; problems: TWizardProblem[] } {
  const problems: TWizardProblem[] = []
  const rows: TWizardRows = { ports: [], environmentVariables: [], tags: [] }

  const size = validateSize(form.cpu, form.memoryInGB)
  if (size.cpu || size.memoryInGB) problems.push({ field: 'size', message: (size.cpu ?? size.memoryInGB)! })
  const command = parseCommandOverride(form.commandOverride)
  if (!command.ok) problems.push({ field: 'commandOverride', message: command.message })

  const ports = portsOf(form, problems, rows)
  const isPublic = form.networkingType === 'Public'
  const input: TCreateContainerGroupInput = {
    resourceGroupName: form.resourceGroupName,
    name: form.name,
    location: form.region,
    osType: osTypeOfImage(form.image),
    sku: form.sku,
    restartPolicy: form.restartPolicy,
    ...(form.networkingType === 'None'
      ? {}
      : {
          ipAddress: {
            type: form.networkingType,
            ports,
            ...(isPublic && form.dnsNameLabel ? { dnsNameLabel: form.dnsNameLabel } : {}),
            dnsNameLabelScope: form.dnsNameLabelScope,
          },
        }),
    containers: [
      {
        name: form.name,
        image: form.image,
        command: command.ok ? command.command : [],
        ports,
        environmentVariables: environmentVariablesOf(form, rows),
        cpu: Number(form.cpu),
        memoryInGB: Number(form.memoryInGB),
      },
    ],
    tags: tagsOf(form, problems, rows),
  }
  return { input, rows, problems }
}
