/**
 * Preloaded into PostGraphile 4 (`NODE_OPTIONS=--require …/graphql15-compat.js`).
 *
 * PostGraphile 4.14 is written for graphql 15 and calls `execute(schema, document, …)`
 * with positional arguments; graphql 16, which this checkout pins for every package
 * (package.json `overrides`), accepts only an arguments object and answers every query
 * with an error. This adapter turns the positional call into the object form and
 * changes nothing else: same schema, same executor, no measurable cost.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const execution = require("graphql/execution/execute") as {
  execute: (...args: unknown[]) => unknown;
};

const execute = execution.execute;
execution.execute = function positionalExecute(...args: unknown[]): unknown {
  if (args.length <= 1) return execute(...args);
  const [schema, document, rootValue, contextValue, variableValues, operationName, fieldResolver] =
    args;
  return execute({
    schema,
    document,
    rootValue,
    contextValue,
    variableValues,
    operationName,
    fieldResolver,
  });
};
