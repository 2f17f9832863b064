import type { Identity, UserProfile } from '@flowhall/client';
import { Descriptions, Space, Tag } from 'antd';
import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';
import { usePhone } from '../layouts/use-phone';

const IDENTITY_LABEL: Record<Identity, keyof Messages> = {
  staff: 'identityStaff',
  undergraduate: 'identityUndergraduate',
  postgraduate: 'identityPostgraduate',
  other: 'identityOther',
};

/** The signed-in user's own record as the organisation keeps it (what forms pre-fill from, R7). */
export function MyDetails({ user }: { user: UserProfile }) {
  const { t } = useLocale();
  const phone = usePhone();
  const dash = (value: string | null) => value || '—';
  return (
    <Descriptions column={phone ? 1 : 2} size="small" bordered data-testid="my-details">
      <Descriptions.Item label={t('profileName')}>{user.displayName}</Descriptions.Item>
      <Descriptions.Item label={t('profileUsername')}>{user.username}</Descriptions.Item>
      <Descriptions.Item label={t('profileIdentity')}>{t(IDENTITY_LABEL[user.identity])}</Descriptions.Item>
      <Descriptions.Item label={t('profileStaffNo')}>{dash(user.staffNo)}</Descriptions.Item>
      <Descriptions.Item label={t('profileDepartment')}>
        {user.department ? user.department.path.join(' / ') : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('profileTitle')}>{dash(user.title)}</Descriptions.Item>
      <Descriptions.Item label={t('profilePhone')}>{dash(user.phone)}</Descriptions.Item>
      <Descriptions.Item label={t('profileEmail')}>{dash(user.email)}</Descriptions.Item>
      <Descriptions.Item label={t('profileRoles')} span={phone ? 1 : 2}>
        {user.roles.length ? (
          <Space size={[4, 4]} wrap>
            {user.roles.map((role) => (
              <Tag key={`${role.key}-${role.departmentId ?? ''}`}>{role.name}</Tag>
            ))}
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
