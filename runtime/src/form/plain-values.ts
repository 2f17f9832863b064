/**
 * The form's values as plain JSON for the API. Formily's ArrayTable keeps its own bookkeeping on
 * each row (`__DO_NOT_USE_THIS_PROPERTY_index__`), which the server rightly refuses as an unknown
 * field; `undefined` values drop out as JSON does.
 */
export function plainValues(values: unknown): Record<string, unknown> {
  const json = JSON.stringify(values ?? {}, (key, value: unknown) =>
    /^__.*__$/.test(key) ? undefined : value,
  );
  return JSON.parse(json) as Record<string, unknown>;
}
