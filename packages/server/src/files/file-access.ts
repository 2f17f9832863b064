import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import type { FileRow } from './file-models';

/**
 * A rule, owned by another module, that lets people other than the uploader and administrators
 * read a file: the cases module grants a case's readers its files; the hall grants a published
 * service's attachments (its manual) to everyone who may see the service.
 */
export interface FileReadPolicy {
  /** Unique; registering the same name again replaces the rule (restarts, tests). */
  name: string;
  canRead(userId: number, file: FileRow): Promise<boolean>;
}

/** The registry `FileService.canRead` consults; modules register their policies at start-up. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FileReadPolicies {
  private readonly policies = new Map<string, FileReadPolicy>();

  register(policy: FileReadPolicy): void {
    this.policies.set(policy.name, policy);
  }

  list(): FileReadPolicy[] {
    return [...this.policies.values()];
  }
}
