import type { UserProfile } from '@flowhall/client';
import { Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet } from 'umi';
import { CountsProvider } from '../lists/counts-context';
import { AppHeader } from './app-header';
import { BottomBar } from './bottom-bar';
import { NavMenu } from './nav-menu';
import { usePhone } from './use-phone';
import styles from './index.less';

// Most visits never open the phone menu: its drawer loads on the first tap.
const PhoneDrawer = lazy(() => import('./phone-drawer'));

/** The signed-in app's chrome: header, side menu on a desktop, bottom bar and drawer on a phone. */
export function AppShell({ user }: { user: UserProfile }) {
  const phone = usePhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);

  return (
    <CountsProvider>
      <Layout className={styles.shell}>
        <AppHeader
          user={user}
          phone={phone}
          onOpenDrawer={() => {
            setDrawerUsed(true);
            setDrawerOpen(true);
          }}
        />
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
        {phone && drawerUsed && (
          <Suspense fallback={null}>
            <PhoneDrawer user={user} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        )}
      </Layout>
    </CountsProvider>
  );
}
