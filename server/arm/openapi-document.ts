// /openapi.json: the ARM API Cerulean serves, with request and response schemas generated from
// the same zod schemas the handlers parse with, so the document cannot drift from the code.
import { z } from 'zod'
import { ZCreateContainerGroupInput } from '../containergroups/schemas'
import { CONTAINER_INSTANCE_API_VERSIONS } from './api-versions'
import {
  ZArmContainerGroup,
  ZArmContainerGroupBody,
  ZArmError,
  ZArmExecRequest,
  ZArmExecResponse,
  ZArmLogs,
  ZArmOperationStatus,
  ZArmResourceGroup,
  ZArmResourceGroupBody,
  ZArmTagsPatch,
} from './schemas'

const schemas = {
  ContainerGroupBody: ZArmContainerGroupBody,
  ContainerGroup: ZArmContainerGroup,
  ContainerGroupRules: ZCreateContainerGroupInput,
  ResourceGroupBody: ZArmResourceGroupBody,
  ResourceGroup: ZArmResourceGroup,
  TagsPatch: ZArmTagsPatch,
  OperationStatus: ZArmOperationStatus,
  ExecRequest: ZArmExecRequest,
  ExecResponse: ZArmExecResponse,
  Logs: ZArmLogs,
  CloudError: ZArmError,
} as const

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>
  return rest
}

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: keyof typeof schemas) => ({ content: { 'application/json': { schema: ref(name) } } })
const errorResponse = { description: 'ARM error envelope', ...json('CloudError') }

type TOperation = { summary: string; body?: keyof typeof schemas; responses: Record<string, { description: string; schema?: keyof typeof schemas }> }

function operation({ summary, body, responses }: TOperation) {
  return {
    summary,
    parameters: [{ name: 'api-version', in: 'query', required: true, schema: { type: 'string', example: CONTAINER_INSTANCE_API_VERSIONS.at(-1) } }],
    ...(body ? { requestBody: { required: true, ...json(body) } } : {}),
    responses: {
      ...Object.fromEntries(Object.entries(responses).map(([status, r]) => [status, { description: r.description, ...(r.schema ? json(r.schema) : {}) }])),
      default: errorResponse,
    },
  }
}

const RG = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}'
const CG = `${RG}/providers/Microsoft.ContainerInstance/containerGroups/{containerGroupName}`
const LOC = '/subscriptions/{subscriptionId}/providers/Microsoft.ContainerInstance/locations/{location}'

const list = (summary: string) => operation({ summary, responses: { 200: { description: '{ value, nextLink? }' } } })

export function openApiDocument() {
  return {
    openapi: '3.0.3',
    info: { title: 'Cerulean ARM API (Microsoft.ContainerInstance, Microsoft.Resources)', version: CONTAINER_INSTANCE_API_VERSIONS.at(-1) },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [name, jsonSchema(schema, name.endsWith('Body') || name.endsWith('Request') || name === 'TagsPatch' || name === 'ContainerGroupRules' ? 'input' : 'output')]),
      ),
    },
    security: [{ bearer: [] }],
    paths: {
      '/subscriptions': { get: list('List subscriptions') },
      '/subscriptions/{subscriptionId}': { get: operation({ summary: 'Get a subscription', responses: { 200: { description: 'Subscription' } } }) },
      '/subscriptions/{subscriptionId}/locations': { get: list('List locations') },
      '/tenants': { get: list('List tenants') },
      '/subscriptions/{subscriptionId}/resourcegroups': { get: list('List resource groups ($filter=tagName eq … [and tagValue eq …], $top)') },
      [RG]: {
        put: operation({ summary: 'Create or update a resource group', body: 'ResourceGroupBody', responses: { 200: { description: 'Updated', schema: 'ResourceGroup' }, 201: { description: 'Created', schema: 'ResourceGroup' } } }),
        get: operation({ summary: 'Get a resource group', responses: { 200: { description: 'Resource group', schema: 'ResourceGroup' } } }),
        head: operation({ summary: 'Check that a resource group exists', responses: { 204: { description: 'Exists' }, 404: { description: 'Does not exist' } } }),
        patch: operation({ summary: 'Update tags', body: 'TagsPatch', responses: { 200: { description: 'Updated', schema: 'ResourceGroup' } } }),
        delete: operation({ summary: 'Delete a resource group and its container groups (long-running: poll Location)', responses: { 202: { description: 'Accepted' } } }),
      },
      '/subscriptions/{subscriptionId}/operationresults/{operationToken}': {
        get: operation({ summary: 'Poll a resource group deletion', responses: { 200: { description: 'Done' }, 202: { description: 'Still running' } } }),
      },
      '/subscriptions/{subscriptionId}/providers/Microsoft.ContainerInstance/containerGroups': { get: list('List container groups in a subscription') },
      [`${RG}/providers/Microsoft.ContainerInstance/containerGroups`]: { get: list('List container groups in a resource group') },
      [CG]: {
        get: operation({ summary: 'Get a container group', responses: { 200: { description: 'Container group', schema: 'ContainerGroup' } } }),
        put: operation({
          summary: 'Create (201 + Azure-AsyncOperation) or update (200) a container group',
          body: 'ContainerGroupBody',
          responses: { 200: { description: 'Updated', schema: 'ContainerGroup' }, 201: { description: 'Created', schema: 'ContainerGroup' } },
        }),
        patch: operation({ summary: 'Update tags', body: 'TagsPatch', responses: { 200: { description: 'Updated', schema: 'ContainerGroup' } } }),
        delete: operation({ summary: 'Delete a container group', responses: { 200: { description: 'Deleted', schema: 'ContainerGroup' }, 204: { description: 'Did not exist' } } }),
      },
      [`${CG}/restart`]: { post: operation({ summary: 'Restart', responses: { 204: { description: 'Restarting' } } }) },
      [`${CG}/stop`]: { post: operation({ summary: 'Stop', responses: { 204: { description: 'Stopped' } } }) },
      [`${CG}/start`]: { post: operation({ summary: 'Start', responses: { 202: { description: 'Starting (Azure-AsyncOperation)' }, 204: { description: 'Already running' } } }) },
      [`${CG}/outboundNetworkDependenciesEndpoints`]: { get: operation({ summary: 'Outbound dependencies (always empty)', responses: { 200: { description: 'string[]' } } }) },
      [`${CG}/containers/{containerName}/logs`]: { get: operation({ summary: 'Container logs (tail, timestamps)', responses: { 200: { description: 'Logs', schema: 'Logs' } } }) },
      [`${CG}/containers/{containerName}/exec`]: { post: operation({ summary: 'Exec', body: 'ExecRequest', responses: { 200: { description: 'Websocket', schema: 'ExecResponse' } } }) },
      [`${CG}/containers/{containerName}/attach`]: { post: operation({ summary: 'Attach', responses: { 200: { description: 'Websocket', schema: 'ExecResponse' } } }) },
      [`${LOC}/usages`]: { get: list('Usage and quota in a region') },
      [`${LOC}/cachedImages`]: { get: list('Cached images') },
      [`${LOC}/capabilities`]: { get: list('Capabilities') },
      [`${LOC}/operations/{operationId}`]: { get: operation({ summary: 'Async operation status', responses: { 200: { description: 'Status', schema: 'OperationStatus' } } }) },
      '/providers/Microsoft.ContainerInstance/operations': { get: list('Provider operations') },
    },
  }
}
