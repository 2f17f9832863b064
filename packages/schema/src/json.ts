/** Plain JSON values: definitions, states and effects must survive JSON.stringify/parse unchanged. */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * A JSON Logic rule (https://jsonlogic.com). Kept as plain JSON so the designer's rule builder
 * can produce it and the server can store it; `isValidJsonLogic` decides whether it is usable.
 */
export type JsonLogicRule = JsonValue;
