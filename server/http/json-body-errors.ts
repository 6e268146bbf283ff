/**
 * Errors raised before GraphQL sees a request (a body that is not JSON, too
 * large, in an unknown charset) answered as GraphQL-shaped JSON, never as
 * Express's HTML page with a stack trace and install paths.
 */
import type { ErrorRequestHandler } from "express";

interface BodyError {
  type?: string;
  status?: number;
  statusCode?: number;
}

const MESSAGES: Record<string, string> = {
  "entity.parse.failed":
    "Nội dung yêu cầu không phải JSON hợp lệ (the request body is not valid JSON)",
  "entity.too.large": "Nội dung yêu cầu quá lớn (the request body is too large)",
  "encoding.unsupported": "Bảng mã không được hỗ trợ (unsupported content encoding)",
  "charset.unsupported": "Bảng mã không được hỗ trợ (unsupported charset)",
  "request.aborted": "Yêu cầu bị ngắt giữa chừng (the request was aborted)",
};

export const jsonBodyErrors: ErrorRequestHandler = (error: BodyError, _req, res, next) => {
  const status = error.status ?? error.statusCode;
  if (!error.type || !status || status >= 500) {
    next(error);
    return;
  }
  res.status(status).json({
    errors: [
      {
        message: MESSAGES[error.type] ?? "Yêu cầu không hợp lệ (bad request)",
        extensions: { code: "BAD_REQUEST", requestId: res.locals.requestId },
      },
    ],
  });
};

/** The last handler: whatever went wrong, a JSON answer with the request id, no details. */
export const lastErrorHandler =
  (log: (error: unknown, requestId: unknown) => void): ErrorRequestHandler =>
  (error: BodyError, _req, res, _next) => {
    const status = error.status ?? error.statusCode;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: "Yêu cầu không hợp lệ (bad request)" }] });
      return;
    }
    log(error, res.locals.requestId);
    res.status(500).json({
      errors: [
        {
          message: "Lỗi máy chủ nội bộ (internal server error)",
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId: res.locals.requestId },
        },
      ],
    });
  };
