import { GraphQLError } from "graphql";
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from "typeorm";
import { fromDatabaseError, isConnectionError } from "./errors";

const pgError = (code: string | undefined, message: string) =>
  Object.assign(new Error(message), code ? { code } : {});
const failed = (driverError: Error) => new QueryFailedError("SELECT 1", [], driverError);

describe("database errors a caller sees", () => {
  it.each([
    ["a refused connection", pgError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["a reset connection", pgError("ECONNRESET", "read ECONNRESET")],
    ["a connection that ended", pgError(undefined, "Connection terminated unexpectedly")],
    [
      "a pool that had no connection in time",
      pgError(undefined, "timeout exceeded when trying to connect"),
    ],
    ["an administrator's shutdown (57P01)", failed(pgError("57P01", "terminating connection"))],
    ["a crash shutdown (57P02)", failed(pgError("57P02", "terminating connection"))],
    ["a database starting up (57P03)", pgError("57P03", "the database system is starting up")],
    ["a connection exception (08006)", failed(pgError("08006", "connection failure"))],
    ["a transaction whose connection broke", new QueryRunnerAlreadyReleasedError()],
    [
      "an error from building the request context",
      new GraphQLError("Context creation failed: x", {
        originalError: pgError("ECONNREFUSED", "connect ECONNREFUSED"),
      }),
    ],
    [
      "several addresses refused",
      Object.assign(new AggregateError([pgError("ECONNREFUSED", "refused")]), { code: undefined }),
    ],
  ])("%s is SERVICE_UNAVAILABLE and retryable", (_what, error) => {
    expect(isConnectionError(error)).toBe(true);
    expect(fromDatabaseError(error)?.extensions).toEqual({
      code: "SERVICE_UNAVAILABLE",
      retryable: true,
    });
    expect(fromDatabaseError(error)?.message).toMatch(/^Cơ sở dữ liệu tạm thời/);
  });

  it("trusts no message that quotes the caller's input", () => {
    const quoted = failed(
      pgError("22P02", 'invalid input syntax for type uuid: "Connection terminated"'),
    );
    expect(isConnectionError(quoted)).toBe(false);
    expect(fromDatabaseError(quoted)?.extensions?.code).toBe("BAD_USER_INPUT");
    const typed = new GraphQLError("id không phải mã hợp lệ: Connection terminated", {
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(isConnectionError(typed)).toBe(false);
  });

  it("makes a NUL character in text bad input", () => {
    const nul = failed(pgError("22021", 'invalid byte sequence for encoding "UTF8": 0x00'));
    expect(fromDatabaseError(nul)?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input" });
  });

  it("leaves anything else to be masked", () => {
    expect(fromDatabaseError(new Error("boom"))).toBeUndefined();
    expect(fromDatabaseError(failed(pgError("XX000", "internal error")))).toBeUndefined();
  });
});
