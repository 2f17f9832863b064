export { HostProvider, useHost } from './host-context';
export type { FlowhallHost, HostFile, HostMethod, HostRequestOptions } from './host-context';
