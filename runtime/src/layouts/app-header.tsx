import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import type { UserProfile } from '@flowhall/client';
import { Button, Layout, Space } from 'antd';
import { Link, useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { NotificationBell } from '../notifications/notification-bell';
import { useSession } from '../session/session-context';
import styles from './index.less';

export function LanguageSwitch({ className }: { className?: string }) {
  const { t, locale, setLocale } = useLocale();
  return (
    <Button
      type="text"
      className={className ?? styles.headerButton}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
      data-testid="language-switch"
    >
      {t('language')}
    </Button>
  );
}

/** Brand, then the actions: notification bell, language, the user menu (or the drawer on a phone). */
export function AppHeader({
  user,
  phone,
  onOpenDrawer,
}: {
  user: UserProfile;
  phone: boolean;
  onOpenDrawer(): void;
}) {
  const { t } = useLocale();
  const { signOut } = useSession();
  const navigate = useNavigate();

  return (
    <Layout.Header className={styles.header}>
      <Link className={styles.brand} to="/">
        <span className={styles.logo}>F</span>
        <span className={styles.brandText}>{phone ? t('appShort') : t('appName')}</span>
      </Link>
      <Space size={4} className={styles.headerActions}>
        <NotificationBell />
        {!phone && <LanguageSwitch />}
        {phone ? (
          <Button
            type="text"
            className={styles.headerButton}
            icon={<MenuOutlined />}
            aria-label={t('menu')}
            onClick={onOpenDrawer}
            data-testid="open-drawer"
          />
        ) : (
          <>
            <Button
              type="text"
              className={styles.headerButton}
              icon={<UserOutlined />}
              onClick={() => navigate('/profile')}
              data-testid="current-user"
            >
              {user.displayName}
            </Button>
            <Button
              type="text"
              className={styles.headerButton}
              icon={<LogoutOutlined />}
              onClick={() => void signOut()}
              data-testid="logout"
            >
              {t('logout')}
            </Button>
          </>
        )}
      </Space>
    </Layout.Header>
  );
}
