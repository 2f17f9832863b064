import type { UserProfile } from '@flowhall/client';
import { Button, Drawer } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './app-header';
import { NavMenu } from './nav-menu';
import styles from './index.less';

/** The phone's menu: every entry, the language switch and sign-out. Loaded when first opened. */
export default function PhoneDrawer({
  user,
  open,
  onClose,
}: {
  user: UserProfile;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useLocale();
  const { signOut } = useSession();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      width={280}
      title={
        <div className={styles.drawerTitle}>
          <span data-testid="current-user">{user.displayName}</span>
          <span className={styles.drawerDept}>{user.department?.name ?? ''}</span>
        </div>
      }
      styles={{ body: { padding: 0 } }}
      footer={
        <div className={styles.drawerFooter}>
          <LanguageSwitch className={styles.drawerButton} />
          <Button onClick={() => void signOut()} data-testid="logout">
            {t('logout')}
          </Button>
        </div>
      }
    >
      <NavMenu user={user} onNavigate={onClose} />
    </Drawer>
  );
}
