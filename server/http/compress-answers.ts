/**
 * Answers, downloads and the public page are compressed for a slow provincial connection when
 * the client asks for it (brotli or gzip); small answers and binary files (XLSX) are sent as
 * is. One setting for the app's routes and for the answers sent before it (read/direct.ts), so
 * that both choose the same encoding.
 */
import compression from "compression";

export function compressAnswers() {
  return compression({ threshold: 1024 });
}
