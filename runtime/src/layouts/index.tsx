import { App as AntApp, Button, ConfigProvider, Spin } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'umi';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { SessionProvider, useSession } from '../session/session-context';
import { LanguageSwitch } from './app-header';
import { AppShell } from './app-shell';
import { routeMode } from './route-mode';
import styles from './index.less';

function Shell() {
  const { state } = useSession();
  const { t } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const mode = routeMode(location.pathname);

  useEffect(() => {
    if (mode === 'public') return;
    if (state.status === 'anonymous' && mode !== 'login') {
      // Come back to the page that was asked for once signed in (a link from an e-mail, R27).
      const back = `${location.pathname}${location.search}`;
      navigate(back === '/' ? '/login' : `/login?next=${encodeURIComponent(back)}`, { replace: true });
    }
    if (state.status === 'signed-in' && mode === 'login') {
      const next = new URLSearchParams(location.search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    }
  }, [state.status, mode, location.pathname, location.search, navigate]);

  // Letter verification is public: it never waits for, or depends on, a session.
  if (mode === 'public') return <Outlet />;
  if (state.status === 'loading') {
    return (
      <div className={styles.loading}>
        <Spin size="large" />
      </div>
    );
  }
  if (state.status === 'unavailable') {
    return (
      // Plain markup rather than antd's Result, whose illustrations would weigh on every first load.
      <div className={styles.loading}>
        <div className={styles.unavailable} role="alert">
          <h2>{t('serverUnavailable')}</h2>
          <p>{state.message}</p>
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('retry')}
          </Button>
        </div>
      </div>
    );
  }
  if (state.status !== 'signed-in') {
    if (mode !== 'login') return null;
    return (
      <div className={styles.bare}>
        <div className={styles.bareTop}>
          <LanguageSwitch />
        </div>
        <Outlet />
      </div>
    );
  }
  if (mode === 'login') return null;
  if (mode === 'print') return <Outlet />;
  return <AppShell user={state.user} />;
}

function Themed() {
  const { locale } = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'en-US' ? enUSAntd : zhCNAntd}
      theme={{ token: { colorPrimary: '#1c5aa8', borderRadius: 6 } }}
    >
      <AntApp>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export default function RootLayout() {
  return (
    <LocaleProvider>
      <Themed />
    </LocaleProvider>
  );
}
