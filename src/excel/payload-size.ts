/**
 * Upper estimate of the bytes a value adds to an Office.js request (serialised as JSON; a
 * non-ASCII character may travel as a 6-byte \uXXXX escape).
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) bytes += json.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/** Bytes charged for any queued operation besides its data: object path, method, ids. */
export const OPERATION_OVERHEAD = 200;
