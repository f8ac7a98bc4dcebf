import type { RuleCase } from '../rule-tester.js';

/**
 * Azure Resource Manager: `{"error":{"code","message"}}`; Go autorest's `Status=403
 * Code="AuthorizationFailed" Message="…"`.
 * Sources: learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const azureCases: RuleCase[] = [
  {
    line: 'Error: authorization.RoleAssignmentsClient#Create: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code="AuthorizationFailed" Message="The client \'00000000-0000-0000-0000-000000000001\' with object id \'00000000-0000-0000-0000-000000000001\' does not have authorization to perform action \'Microsoft.Authorization/roleAssignments/write\' over scope \'/subscriptions/00000000-0000-0000-0000-000000000002\'."',
    category: 'permissions',
    destination: 'azure',
    note: 'a role assignment is missing on the scope: permissions, named by the autorest client',
  },
  {
    line: j({ level: 'error', msg: 'PUT https://management.azure.com/subscriptions/s/resourceGroups/rg?api-version=2021-04-01', status: 403, error: { code: 'AuthorizationFailed', message: "The client 'x' with object id 'x' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write' over scope '/subscriptions/s'." } }),
    category: 'permissions',
    destination: 'azure',
    rule: 'azure/authorization-failed',
    note: 'the ARM body’s code decides',
  },
  {
    line: j({ level: 'error', msg: 'GET https://management.azure.com/subscriptions/s/resourcegroups?api-version=2021-04-01', status: 401, error: { code: 'ExpiredAuthenticationToken', message: 'The access token expiry UTC time is earlier than current UTC time.' } }),
    category: 'auth',
    rule: 'azure/token',
    note: 'an expired token from the service principal',
  },
  {
    line: j({ level: 'error', msg: 'PUT https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1', status: 409, error: { code: 'QuotaExceeded', message: 'Operation could not be completed as it results in exceeding approved Total Regional Cores quota.' } }),
    category: 'plan',
    rule: 'azure/quota',
    note: 'a subscription quota: ask for more, retrying does not help',
  },
  {
    line: j({ level: 'error', msg: 'GET https://management.azure.com/subscriptions/s/resourceGroups/missing', status: 404, error: { code: 'ResourceGroupNotFound', message: "Resource group 'missing' could not be found." } }),
    category: 'validation',
    rule: 'azure/not-found',
    note: 'a wrong name in the configuration',
  },
];
