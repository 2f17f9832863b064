import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import type { UserProfile } from '@flowhall/client';
import { Button, Layout, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { useSession } from '../session/session-context';
import styles from './index.less';

// The bell (H6) and its popover load right after the page, outside the hall's first load
// (`npm run size`): the page is usable before the unread count arrives.
const NotificationBell = lazy(() =>
  import('../notifications/notification-bell').then((m) => ({ default: m.NotificationBell })),
);

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
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
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
