import { createContext, useContext, type ReactNode } from 'react';

/**
 * What a form component or a designer panel may ask of the app that hosts it. The designer sits
 * below the HTTP client on the dependency ladder, so it never calls the server itself: the host
 * (the runtime, a test, a plugin's playground) hands it these functions.
 */
export type HostMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HostRequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/** A stored file as the API answers it (`@flowhall/client`'s StoredFile). */
export interface HostFile {
  id: string;
  name: string;
  mime: string;
  size: number;
}

export interface FlowhallHost {
  /** A JSON call to the Flowhall API (`path` starts with `/api/`); rejects with the API's error. */
  request<T>(method: HostMethod, path: string, options?: HostRequestOptions): Promise<T>;
  /** Uploads files (multipart) and returns the stored files' ids and names. */
  upload(files: Array<File | { blob: Blob; name: string }>): Promise<HostFile[]>;
  /** The URL a stored file can be opened or downloaded from. */
  fileUrl(fileId: string): string;
  locale: 'zh-CN' | 'en-US';
}

const HostContext = createContext<FlowhallHost | null>(null);

export function HostProvider({ host, children }: { host: FlowhallHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The host of the nearest `HostProvider`; a component rendered outside one is a programmer error. */
export function useHost(): FlowhallHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('Flowhall form components must be rendered inside <HostProvider>');
  return host;
}
