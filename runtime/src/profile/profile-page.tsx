import { Card, Tabs } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { useSession } from '../session/session-context';
import { DelegationPanel } from './delegation-panel';
import { MyDetails } from './my-details';
import { OpinionsPanel } from './opinions-panel';
import styles from './profile.less';

/** /profile: my details, my out-of-office delegation, my common opinions. */
export function ProfilePage() {
  const { t } = useLocale();
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  const user = state.user;
  return (
    <Card className={styles.page} data-testid="profile">
      <Tabs
        items={[
          { key: 'details', label: t('profileDetails'), children: <MyDetails user={user} /> },
          {
            key: 'delegation',
            label: t('profileDelegation'),
            children: <DelegationPanel userId={user.id} />,
          },
          { key: 'opinions', label: t('profileOpinions'), children: <OpinionsPanel /> },
        ]}
      />
    </Card>
  );
}
