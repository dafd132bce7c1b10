// Empty and delete a resource group whose deletion was accepted: see server/resourcegroups/delete-resource-group.ts.
import { deleteResourceGroup } from '../../server/resourcegroups/delete-resource-group'
import type { TProcessor } from '../processor'

export const processResourceGroupDeleteJob: TProcessor<'resourcegroups.delete'> = async (payload) => deleteResourceGroup({ operationId: payload.operationId })
