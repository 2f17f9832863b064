import type { StoredFile } from '@flowhall/schema';
import type { Request } from '../transport';

export type { StoredFile };

/** A file to upload: a browser `File`, or a `Blob` with the name to give it. */
export type UploadItem = File | { blob: Blob; name: string };

export interface FilesApi {
  /**
   * Uploads files as multipart/form-data under one form field (default `file`); at most
   * UPLOAD_MAX_FILES per call. Answers the stored files in order; their ids go into form data.
   */
  upload(items: UploadItem[], options?: { field?: string }): Promise<StoredFile[]>;
  /** Where to download (or, for images, show) a file: for `<a href>` and `<img src>`. */
  downloadUrl(id: string): string;
}

export function filesApi(request: Request, baseUrl = ''): FilesApi {
  return {
    upload: (items, options = {}) => {
      const form = new FormData();
      for (const item of items) {
        if ('blob' in item) form.append(options.field ?? 'file', item.blob, item.name);
        else form.append(options.field ?? 'file', item, item.name);
      }
      return request<StoredFile[]>('POST', '/api/files', form);
    },
    downloadUrl: (id) => `${baseUrl.replace(/\/$/, '')}/api/files/${encodeURIComponent(id)}`,
  };
}
