import type { UserProfile } from '@flowhall/client';
import { Button, Drawer, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { CountsProvider } from '../lists/counts-context';
import { useSession } from '../session/session-context';
import { AppHeader, LanguageSwitch } from './app-header';
import { BottomBar } from './bottom-bar';
import { NavMenu } from './nav-menu';
import { usePhone } from './use-phone';
import styles from './index.less';

/** The signed-in app's chrome: header, side menu on a desktop, bottom bar and drawer on a phone. */
export function AppShell({ user }: { user: UserProfile }) {
  const phone = usePhone();
  const { t } = useLocale();
  const { signOut } = useSession();
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <CountsProvider>
      <Layout className={styles.shell}>
        <AppHeader user={user} phone={phone} onOpenDrawer={() => setDrawerOpen(true)} />
        <Layout className={styles.body}>
          {!phone && (
            <Layout.Sider width={208} theme="light" className={styles.sider} data-testid="side-menu">
              <NavMenu user={user} />
            </Layout.Sider>
          )}
          <Layout.Content className={phone ? `${styles.content} ${styles.contentPhone}` : styles.content}>
            <Outlet />
          </Layout.Content>
        </Layout>
        {phone && <BottomBar user={user} />}
        {phone && (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="right"
            width={280}
            title={
              <div className={styles.drawerTitle}>
                <span data-testid="current-user">{user.displayName}</span>
                <Typography.Text type="secondary" className={styles.drawerDept}>
                  {user.department?.name ?? ''}
                </Typography.Text>
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
            <NavMenu user={user} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
      </Layout>
    </CountsProvider>
  );
}
