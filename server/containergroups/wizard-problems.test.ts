import { describe, expect, it } from 'vitest'
import { emptyWizardForm, type TWizardForm } from './wizard-form'
import { fieldForTarget, fieldOrder, fieldTab, problemsFromRejection, validateWizardForm } from './wizard-problems'

function form(overrides: Partial<TWizardForm> = {}): TWizardForm {
  let next = 0
  const base = emptyWizardForm({ subscriptionId: 'sub-1', newRowId: () => `r${++next}` })
  return { ...base, resourceGroupName: 'myresourcegroup', name: 'mycontainer', ...overrides }
}

const rows = { ports: ['p1', 'p2'], environmentVariables: ['e1', 'e2'], tags: ['t1'] }

describe('fieldForTarget', () => {
  it('sends create-input paths to the wizard field that produced them', () => {
    expect(fieldForTarget('name', rows)).toBe('name')
    expect(fieldForTarget('containers.0.name', rows)).toBe('name')
    expect(fieldForTarget('resourceGroupName', rows)).toBe('resourceGroup')
    expect(fieldForTarget('location', rows)).toBe('region')
    expect(fieldForTarget('ipAddress.dnsNameLabel', rows)).toBe('dnsNameLabel')
    expect(fieldForTarget('ipAddress.ports', rows)).toBe('ports')
    expect(fieldForTarget('ipAddress.ports.1.port', rows)).toBe('port-p2')
    expect(fieldForTarget('containers.0.ports.0.protocol', rows)).toBe('protocol-p1')
    expect(fieldForTarget('containers.0.environmentVariables.1.name', rows)).toBe('env-name-e2')
    expect(fieldForTarget('containers.0.cpu', rows)).toBe('size')
    expect(fieldForTarget('containers', rows)).toBe('size')
    expect(fieldForTarget('containers.0.command', rows)).toBe('commandOverride')
    expect(fieldForTarget(undefined, rows)).toBeNull()
  })

  it('finds a tag row by its name', () => {
    const f = form({ tags: [{ id: 't1', name: 'env', value: 'x'.repeat(300) }] })
    expect(fieldForTarget('tags.env', rows, f)).toBe('tag-value-t1')
  })

  it('knows which tab each field lives on', () => {
    expect(fieldTab('name')).toBe('basics')
    expect(fieldTab('size')).toBe('basics')
    expect(fieldTab('dnsNameLabel')).toBe('networking')
    expect(fieldTab('dnsNameLabelScope')).toBe('networking')
    expect(fieldTab('port-p2')).toBe('networking')
    expect(fieldTab('env-name-e1')).toBe('advanced')
    expect(fieldTab('commandOverride')).toBe('advanced')
    expect(fieldTab('tag-name-t1')).toBe('tags')
  })
})

describe('validateWizardForm', () => {
  it('passes the quickstart walk', () => {
    expect(validateWizardForm(form({ dnsNameLabel: 'aci-demo' })).problems).toEqual([])
  })

  it('runs the shared schema and reports one problem per field', () => {
    const { problems } = validateWizardForm(form({ name: 'My_Container', resourceGroupName: '', dnsNameLabel: '1abc' }))
    expect(problems.map((p) => p.field)).toEqual(['resourceGroup', 'name', 'dnsNameLabel'])
    expect(problems[1].message).toMatch(/lowercase letters, numbers and hyphens/)
  })

  it('catches duplicate ports and an empty port table', () => {
    const duplicate = validateWizardForm(form({ ports: [{ id: 'a', port: '80', protocol: 'TCP' }, { id: 'b', port: '80', protocol: 'TCP' }] }))
    expect(duplicate.problems).toEqual([{ field: 'port-b', message: 'Port 80 is listed twice.' }])
    expect(validateWizardForm(form({ ports: [] })).problems).toEqual([{ field: 'ports', message: 'At least one port is required.' }])
  })

  it('reports size, environment variable and command problems on their own fields', () => {
    const { problems } = validateWizardForm(
      form({ cpu: '8', environmentVariables: [{ id: 'e1', secure: false, name: 'BAD NAME', value: 'x' }], commandOverride: '[1]' }),
    )
    expect(problems.map((p) => p.field)).toEqual(['size', 'commandOverride', 'env-name-e1'])
  })
})

describe('problemsFromRejection', () => {
  it('maps a server rejection target to its field', () => {
    const problems = problemsFromRejection({ message: 'DNS name label not available.', target: 'ipAddress.dnsNameLabel' }, rows, form())
    expect(problems).toEqual([{ field: 'dnsNameLabel', message: 'DNS name label not available.' }])
  })

  it('prefers per-field errors when the server lists them', () => {
    const problems = problemsFromRejection(
      {
        code: 'InvalidRequestContent',
        message: 'The request is invalid: Bad name. Bad port.',
        target: 'containers.0.name',
        fieldErrors: { 'containers.0.name': 'Bad name.', 'ipAddress.ports.0.port': 'Bad port.' },
      },
      rows,
      form(),
    )
    expect(problems).toEqual([
      { field: 'name', message: 'Bad name.' },
      { field: 'port-p1', message: 'Bad port.' },
    ])
  })
})

describe('portal wording', () => {
  it('words a lost DNS label race as the portal does, beside the DNS name label field', () => {
    const problems = problemsFromRejection(
      { code: 'DnsNameLabelAlreadyTaken', message: "The DNS name label 'x' in container group 'y' is not available.", target: 'ipAddress.dnsNameLabel' },
      rows,
      form(),
    )
    expect(problems).toEqual([{ field: 'dnsNameLabel', message: 'DNS name label not available. Try using a different label.' }])
  })

  it('keeps that wording when the action also lists the target among its field errors', () => {
    const message = "The DNS name label 'x' in container group 'y' is not available."
    const problems = problemsFromRejection(
      { code: 'DnsNameLabelAlreadyTaken', message, target: 'ipAddress.dnsNameLabel', fieldErrors: { 'ipAddress.dnsNameLabel': message } },
      rows,
      form(),
    )
    expect(problems).toEqual([{ field: 'dnsNameLabel', message: 'DNS name label not available. Try using a different label.' }])
  })

  it('orders fields as the wizard shows them', () => {
    const fields = ['tag-name-t1', 'dnsNameLabel', 'port-p1', 'name', 'resourceGroup', 'commandOverride']
    expect([...fields].sort((a, b) => fieldOrder(a) - fieldOrder(b))).toEqual(['resourceGroup', 'name', 'dnsNameLabel', 'port-p1', 'commandOverride', 'tag-name-t1'])
  })
})
