import { describe, expect, it } from 'vitest'
import { openApiDocument } from './openapi-document'

describe('openApiDocument', () => {
  it('documents every ARM route with schemas generated from zod', () => {
    const document = openApiDocument()
    expect(document.openapi).toBe('3.0.3')
    expect(Object.keys(document.paths)).toContain('/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ContainerInstance/containerGroups/{containerGroupName}')
    const body = document.components.schemas.ContainerGroupBody as { required?: string[]; properties: Record<string, unknown> }
    expect(body.required).toEqual(expect.arrayContaining(['location', 'properties']))
    const rules = JSON.stringify(document.components.schemas.ContainerGroupRules)
    expect(rules).toContain('^(?!.*--)[a-z0-9]([-a-z0-9]*[a-z0-9])?$')
    expect(JSON.stringify(document)).not.toContain('"$schema"')
  })
})
