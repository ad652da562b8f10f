import {
  GraphQLError,
  getNamedType,
  isIntrospectionType,
  type ASTVisitor,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../errors.js';

/** Reports every field that returns an introspection type (`__schema`, `__type`). */
function noIntrospectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const type = getNamedType(context.getType());
      const parent = context.getParentType();
      // One error per introspection entry point; fields nested inside it are not reported again.
      if (type && isIntrospectionType(type) && !(parent && isIntrospectionType(parent))) {
        context.reportError(
          new GraphQLError(`Introspection is disabled; the document selects "${node.name.value}"`, {
            nodes: node,
            extensions: {
              code: 'INTROSPECTION_DISABLED',
              http: { status: ERROR_CODES.INTROSPECTION_DISABLED },
            },
          }),
        );
      }
    },
  };
}

/**
 * Rejects introspection with `INTROSPECTION_DISABLED`. Written here rather than taken from
 * `@graphql-yoga/plugin-disable-introspection` because that plugin decides in `onRequestParse`,
 * which graphql-ws operations never pass through.
 */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospectionRule);
    },
  };
}
