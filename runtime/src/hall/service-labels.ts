import type { Identity, ServiceCard, ServiceMode } from '@flowhall/client';
import type { Messages } from '../i18n/messages';

export const MODE_LABEL: Record<ServiceMode, keyof Messages> = {
  online: 'online',
  offline: 'offline',
  'self-service': 'selfService',
};

export const AUDIENCE_LABEL: Record<Identity, keyof Messages> = {
  staff: 'audienceStaff',
  undergraduate: 'audienceUndergraduate',
  postgraduate: 'audiencePostgraduate',
  other: 'audienceOther',
};

export function serviceName(service: Pick<ServiceCard, 'name' | 'nameEn'>, locale: string): string {
  return locale === 'en-US' && service.nameEn ? service.nameEn : service.name;
}
