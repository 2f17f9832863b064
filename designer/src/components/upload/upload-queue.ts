/** One file in an Upload field, from picking to its stored id. */
export interface UploadItem {
  key: string;
  name: string;
  status: 'compressing' | 'uploading' | 'done' | 'error';
  id?: string;
  mime?: string;
  error?: string;
  /** Kept so a failed upload can be retried without picking the file again. */
  file?: File;
}

/** Items for ids already in the form (a draft, a returned case); names come from this session's uploads. */
export function itemsFromValue(
  ids: readonly string[],
  known: ReadonlyMap<string, { name: string; mime: string }>,
  label: (n: number) => string,
): UploadItem[] {
  return ids.map((id, index) => {
    const meta = known.get(id);
    return {
      key: id,
      id,
      name: meta?.name ?? label(index + 1),
      status: 'done',
      ...(meta ? { mime: meta.mime } : {}),
    };
  });
}

/** The field's value: ids of the stored files, in the order shown. */
export function valueOf(items: readonly UploadItem[]): string[] {
  return items.filter((item) => item.status === 'done' && item.id).map((item) => item.id as string);
}

/** How many more files a field takes (R10: 10 per field unless the schema says otherwise). */
export function room(items: readonly UploadItem[], maxCount: number): number {
  return Math.max(0, maxCount - items.filter((item) => item.status !== 'error').length);
}
