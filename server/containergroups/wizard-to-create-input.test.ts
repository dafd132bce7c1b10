import { describe, expect, it } from 'vitest'
import { ZCreateContainerGroupInput } from './schemas'
import { emptyWizardForm, type TWizardForm } from './wizard-form'
import { parseCommandOverride, validateSize, wizardToCreateInput } from './wizard-to-create-input'

function form(overrides: Partial<TWizardForm> = {}): TWizardForm {
  let next = 0
  const base = emptyWizardForm({ subscriptionId: 'sub-1', newRowId: () => `r${++next}` })
  return { ...base, resourceGroupName: 'myresourcegroup', resourceGroupIsNew: true, name: 'mycontainer', ...overrides }
}

describe('wizardToCreateInput', () => {
  it('maps the quickstart defaults to an input the shared schema accepts', () => {
    const { input, problems } = wizardToCreateInput(form({ dnsNameLabel: 'aci-demo' }))
    expect(problems).toEqual([])
    expect(input).toEqual({
      resourceGroupName: 'myresourcegroup',
      name: 'mycontainer',
      location: 'eastus',
      osType: 'Linux',
      sku: 'Standard',
      restartPolicy: 'Always',
      ipAddress: { type: 'Public', ports: [{ port: 80, protocol: 'TCP' }], dnsNameLabel: 'aci-demo', dnsNameLabelScope: 'TenantReuse' },
      containers: [
        {
          name: 'mycontainer',
          image: 'mcr.microsoft.com/azuredocs/aci-helloworld:latest',
          command: [],
          ports: [{ port: 80, protocol: 'TCP' }],
          environmentVariables: [],
          cpu: 1,
          memoryInGB: 1.5,
        },
      ],
      tags: {},
    })
    expect(ZCreateContainerGroupInput.safeParse(input).success).toBe(true)
  })

  it('uses the table ports for both the container and the IP address', () => {
    const ports = [
      { id: 'a', port: '80', protocol: 'TCP' as const },
      { id: 'b', port: '53', protocol: 'UDP' as const },
    ]
    const { input, rows } = wizardToCreateInput(form({ ports }))
    expect(input.ipAddress?.ports).toEqual([{ port: 80, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }])
    expect(input.containers[0].ports).toEqual(input.ipAddress?.ports)
    expect(rows.ports).toEqual(['a', 'b'])
  })

  it('leaves out the IP address and ports for networking type None, and the label for Private', () => {
    expect(wizardToCreateInput(form({ networkingType: 'None', dnsNameLabel: 'aci-demo' })).input.ipAddress).toBeUndefined()
    expect(wizardToCreateInput(form({ networkingType: 'None' })).input.containers[0].ports).toEqual([])
    const privateIp = wizardToCreateInput(form({ networkingType: 'Private', dnsNameLabel: 'aci-demo' })).input.ipAddress
    expect(privateIp).toEqual({ type: 'Private', ports: [{ port: 80, protocol: 'TCP' }], dnsNameLabelScope: 'TenantReuse' })
  })

  it('reports a port that is not a number beside its row', () => {
    const { problems, rows } = wizardToCreateInput(form({ ports: [{ id: 'p1', port: '8o', protocol: 'TCP' }, { id: 'p2', port: '', protocol: 'TCP' }] }))
    expect(problems).toEqual([
      { field: 'port-p1', message: 'The port must be a whole number from 1 to 65535.' },
      { field: 'port-p2', message: 'Enter a port number.' },
    ])
    expect(rows.ports).toEqual([])
  })

  it('maps environment variables, secure ones as secureValue, and skips empty rows', () => {
    const environmentVariables = [
      { id: 'e1', secure: false, name: 'GREETING', value: 'hello' },
      { id: 'e2', secure: false, name: '', value: '' },
      { id: 'e3', secure: true, name: 'API_KEY', value: 's3cret' },
    ]
    const { input, rows } = wizardToCreateInput(form({ environmentVariables }))
    expect(input.containers[0].environmentVariables).toEqual([
      { name: 'GREETING', value: 'hello' },
      { name: 'API_KEY', secureValue: 's3cret' },
    ])
    expect(rows.environmentVariables).toEqual(['e1', 'e3'])
  })

  it('builds tags and refuses nameless or repeated tag names', () => {
    const tags = [
      { id: 't1', name: 'env', value: 'demo' },
      { id: 't2', name: '', value: 'orphan' },
      { id: 't3', name: 'ENV', value: 'again' },
      { id: 't4', name: '', value: '' },
    ]
    const { input, problems, rows } = wizardToCreateInput(form({ tags }))
    expect(input.tags).toEqual({ env: 'demo' })
    expect(rows.tags).toEqual(['t1'])
    expect(problems.map((p) => p.field)).toEqual(['tag-name-t2', 'tag-name-t3'])
  })

  it('passes the chosen size and restart policy through as numbers and API values', () => {
    const { input } = wizardToCreateInput(form({ cpu: '2', memoryInGB: '3.5', restartPolicy: 'OnFailure' }))
    expect(input.containers[0]).toMatchObject({ cpu: 2, memoryInGB: 3.5 })
    expect(input.restartPolicy).toBe('OnFailure')
  })
})

describe('parseCommandOverride', () => {
  it('accepts a JSON array of strings, comma-separated values, or nothing', () => {
    expect(parseCommandOverride('["/bin/sh","-c","echo hi"]')).toEqual({ ok: true, command: ['/bin/sh', '-c', 'echo hi'] })
    expect(parseCommandOverride('python, myscript.py, arg1')).toEqual({ ok: true, command: ['python', 'myscript.py', 'arg1'] })
    expect(parseCommandOverride('   ')).toEqual({ ok: true, command: [] })
  })

  it('refuses malformed lists with one clear message', () => {
    for (const text of ['["/bin/sh", 1]', '["/bin/sh"', 'a,,b', '[]x']) {
      expect(parseCommandOverride(text).ok, text).toBe(false)
    }
  })
})

describe('validateSize', () => {
  it('allows 1 to 4 whole cores and 0.5 to 16 GiB in tenths', () => {
    expect(validateSize('1', '1.5')).toEqual({})
    expect(validateSize('4', '16')).toEqual({})
    expect(validateSize('1', '0.5')).toEqual({})
  })

  it('refuses sizes outside the group ceiling or finer than a tenth', () => {
    expect(validateSize('5', '1.5').cpu).toMatch(/1 to 4/)
    expect(validateSize('1.5', '1.5').cpu).toBeDefined()
    expect(validateSize('1', '16.5').memoryInGB).toMatch(/0.5 to 16/)
    expect(validateSize('1', '0.4').memoryInGB).toBeDefined()
    expect(validateSize('1', '1.25').memoryInGB).toBeDefined()
    expect(validateSize('1', '').memoryInGB).toBeDefined()
  })
})
