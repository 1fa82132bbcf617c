/**
 * The one test every importer starts with: is this parsed JSON value an object with fields (not
 * null, not a list)? Imports read files from other tools, so nothing about their shape is assumed.
 */

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
