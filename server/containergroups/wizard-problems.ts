// Where each problem belongs in the wizard. Schema issues and server rejections name a path
// in the create input ("ipAddress.dnsNameLabel", "containers.0.ports.1.port"); the wizard
// shows the message beside the field that produced it and links to it from Review + create.
import { ZCreateContainerGroupInput } from './schemas'
import type { TWizardForm, TWizardTab } from './wizard-form'
import { wizardToCreateInput, type TWizardProblem, type TWizardRows } from './wizard-to-create-input'

const FIELD_TABS: [prefix: string, tab: TWizardTab, label: string][] = [
  ['subscription', 'basics', 'Subscription'],
  ['resourceGroup', 'basics', 'Resource group'],
  ['name', 'basics', 'Container name'],
  ['region', 'basics', 'Region'],
  ['sku', 'basics', 'SKU'],
  ['image', 'basics', 'Image'],
  ['size', 'basics', 'Size'],
  ['networkingType', 'networking', 'Networking type'],
  ['dnsNameLabel', 'networking', 'DNS name label'],
  ['dnsNameLabelScope', 'networking', 'DNS name label scope reuse'],
  ['ports', 'networking', 'Ports'],
  ['port-', 'networking', 'Port'],
  ['protocol-', 'networking', 'Port protocol'],
  ['restartPolicy', 'advanced', 'Restart policy'],
  ['env-name-', 'advanced', 'Environment variable key'],
  ['env-value-', 'advanced', 'Environment variable value'],
  ['commandOverride', 'advanced', 'Command override'],
  ['tags', 'tags', 'Tags'],
  ['tag-name-', 'tags', 'Tag name'],
  ['tag-value-', 'tags', 'Tag value'],
]

function describeField(field: string) {
  const exact = FIELD_TABS.find(([prefix]) => prefix === field)
  return exact ?? FIELD_TABS.find(([prefix]) => prefix.endsWith('-') && field.startsWith(prefix))
}

export function fieldTab(field: string): TWizardTab {
  return describeField(field)?.[1] ?? 'basics'
}

export function fieldLabel(field: string): string {
  return describeField(field)?.[2] ?? field
}

/** Position of a field in the wizard, tab by tab and top to bottom; unknown fields go last. */
export function fieldOrder(field: string | null): number {
  const described = field ? describeField(field) : undefined
  return described ? FIELD_TABS.indexOf(described) : FIELD_TABS.length
}

// The portal words some API errors its own way; the API keeps Azure's wording.
export const PORTAL_MESSAGES: Partial<Record<string, string>> = {
  DnsNameLabelAlreadyTaken: 'DNS name label not available. Try using a different label.',
}

/** The wizard field a create-input path points at, or null when no single field does. */
export function fieldForTarget(target: string | undefined, rows: TWizardRows, form?: TWizardForm): string | null {
  if (!target) return null
  const parts = target.split('.')
  const [head] = parts
  if (head === 'resourceGroupName') return 'resourceGroup'
  if (head === 'subscriptionId') return 'subscription'
  if (head === 'name' || head === 'sku' || head === 'restartPolicy') return head
  if (head === 'location') return 'region'
  if (head === 'osType') return 'image'
  if (head === 'tags') {
    if (parts.length === 1) return 'tags'
    const row = form?.tags.find((r) => r.name === parts.slice(1).join('.'))
    if (!row) return 'tags'
    return row.name.length > 0 && row.name.length <= 512 ? `tag-value-${row.id}` : `tag-name-${row.id}`
  }
  if (head === 'ipAddress') {
    const [, field, index, leaf] = parts
    if (field === 'ports') return index === undefined ? 'ports' : rowField(leaf === 'protocol' ? 'protocol-' : 'port-', rows.ports[Number(index)], 'ports')
    if (field === 'dnsNameLabel' || field === 'dnsNameLabelScope') return field
    return 'networkingType'
  }
  if (head === 'containers') {
    const [, , field, index, leaf] = parts
    if (field === undefined) return 'size'
    if (field === 'name') return 'name'
    if (field === 'image') return 'image'
    if (field === 'command') return 'commandOverride'
    if (field === 'cpu' || field === 'memoryInGB') return 'size'
    if (field === 'ports') return index === undefined ? 'ports' : rowField(leaf === 'protocol' ? 'protocol-' : 'port-', rows.ports[Number(index)], 'ports')
    if (field === 'environmentVariables') {
      const id = rows.environmentVariables[Number(index)]
      return rowField(leaf === 'name' || leaf === undefined ? 'env-name-' : 'env-value-', id, null)
    }
  }
  return null
}

function rowField(prefix: string, rowId: string | undefined, fallback: string | null) {
  return rowId ? `${prefix}${rowId}` : fallback
}

/** The first problem per field, in the order found. */
export function firstProblemPerField(problems: TWizardProblem[]): TWizardProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = p.field ?? `:${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Everything the domain layer would refuse, found in the browser with the same schema. */
export function validateWizardForm(form: TWizardForm) {
  const { input, rows, problems } = wizardToCreateInput(form)
  const parsed = ZCreateContainerGroupInput.safeParse(input)
  const schemaProblems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: fieldForTarget(issue.path.map(String).join('.'), rows, form), message: issue.message }))
  return { input, rows, problems: firstProblemPerField([...problems, ...schemaProblems]) }
}

/** A server rejection, spread over the fields it concerns. */
export function problemsFromRejection(
  error: { code?: string; message: string; target?: string; fieldErrors?: Record<string, string> },
  rows: TWizardRows,
  form: TWizardForm,
): TWizardProblem[] {
  const portalMessage = error.code ? PORTAL_MESSAGES[error.code] : undefined
  const message = portalMessage ?? error.message
  // The action lists the error's own target among the field errors too; it keeps the portal's wording.
  const fromFields = Object.entries(error.fieldErrors ?? {}).map(([target, fieldMessage]) => ({
    field: fieldForTarget(target, rows, form),
    message: portalMessage && target === error.target ? portalMessage : fieldMessage,
  }))
  const problems = fromFields.length ? fromFields : [{ field: fieldForTarget(error.target, rows, form), message }]
  return firstProblemPerField(problems)
}
