import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from './metrics.js';

/**
 * GraphQL request counts, latencies and error results by operation name and type, written to
 * the gateway's own registry. `/metrics` is served by the gateway, not by this plugin.
 *
 * NOTE: `operationName` is chosen by the client, so an authenticated caller can create new label
 * values. Persisted-operations-only mode bounds them to the manifest.
 */
export function useGatewayPrometheus(metrics: GatewayMetrics): Plugin {
  return usePrometheus({
    registry: metrics.registry,
    endpoint: false,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      // Its `url` label carries the query string of GET requests, an unbounded label set.
      graphql_yoga_http_duration: false,
    },
  }) as Plugin;
}
