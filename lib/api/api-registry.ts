/**
 * Every REST resource, one module each under resources/. Adding one: write
 * lib/api/resources/<name>.ts exporting an ApiResource whose handlers call the same lib functions
 * as the pages, then add it here. Routing, auth, scopes, rate limits, idempotency, validation and
 * the OpenAPI document follow from the entry.
 */
import type { ApiOperation, ApiResource } from "./api-operation";
import { accountsResource } from "./resources/accounts";
import { adminResource } from "./resources/admin";
import { alertsResource } from "./resources/alerts";
import { analyticsResource } from "./resources/analytics";
import { anomaliesResource } from "./resources/anomalies";
import { budgetsResource } from "./resources/budgets";
import { categoriesResource } from "./resources/categories";
import { goalsResource } from "./resources/goals";
import { importsResource } from "./resources/imports";
import { rulesResource } from "./resources/rules";
import { syncResource } from "./resources/sync";
import { transactionsResource } from "./resources/transactions";

export const API_RESOURCES: readonly ApiResource[] = [
  accountsResource,
  transactionsResource,
  categoriesResource,
  rulesResource,
  budgetsResource,
  alertsResource,
  anomaliesResource,
  goalsResource,
  importsResource,
  syncResource,
  analyticsResource,
  adminResource,
];

export function allOperations(): ApiOperation[] {
  return API_RESOURCES.flatMap((resource) => resource.operations);
}
