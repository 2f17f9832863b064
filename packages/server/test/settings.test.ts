import { expect } from 'chai';
import { readSettings } from '../src/settings';

describe('server > settings', () => {
  it('defaults to port 7001, ./data and SQLite with demo data', () => {
    const { settings, problems } = readSettings({}, '/srv/flowhall');
    expect(problems).to.deep.equal([]);
    expect(settings).to.include({
      port: 7001,
      dataDir: '/srv/flowhall/data',
      demoData: true,
      sessionHours: 12,
    });
    expect(settings.databaseUrl).to.equal(undefined);
  });

  it('takes PORT, DATA_DIR and DATABASE_URL from the environment', () => {
    const { settings, problems } = readSettings(
      {
        PORT: '8080',
        DATA_DIR: '/var/lib/flowhall',
        DATABASE_URL: 'postgres://u:p@db/flowhall',
        FLOWHALL_DEMO_DATA: 'false',
      },
      '/srv',
    );
    expect(problems).to.deep.equal([]);
    expect(settings).to.include({
      port: 8080,
      dataDir: '/var/lib/flowhall',
      databaseUrl: 'postgres://u:p@db/flowhall',
      demoData: false,
    });
  });

  it('refuses a zero port or zero session length instead of silently replacing them', () => {
    const { problems } = readSettings({ PORT: '0', SESSION_HOURS: '0' }, '/');
    expect(problems.map((p) => p.variable)).to.have.members(['PORT', 'SESSION_HOURS']);
  });

  it('trusts a reverse proxy only when told to', () => {
    expect(readSettings({}, '/').settings.trustProxy).to.equal(false);
    expect(readSettings({ TRUST_PROXY: 'true' }, '/').settings.trustProxy).to.equal(true);
  });

  it('limits uploads to 20 MB per file and 10 files per upload unless told otherwise', () => {
    expect(readSettings({}, '/').settings).to.include({ uploadMaxMb: 20, uploadMaxFiles: 10 });
    const { settings, problems } = readSettings({ UPLOAD_MAX_MB: '50', UPLOAD_MAX_FILES: '3' }, '/');
    expect(problems).to.deep.equal([]);
    expect(settings).to.include({ uploadMaxMb: 50, uploadMaxFiles: 3 });
  });

  it('refuses upload limits that are zero, fractional, too large or not numbers', () => {
    for (const [name, value] of [
      ['UPLOAD_MAX_MB', '0'],
      ['UPLOAD_MAX_MB', '2.5'],
      ['UPLOAD_MAX_MB', '5000'],
      ['UPLOAD_MAX_FILES', '0'],
      ['UPLOAD_MAX_FILES', '101'],
      ['UPLOAD_MAX_FILES', 'ten'],
    ] as const) {
      const { settings, problems } = readSettings({ [name]: value }, '/');
      expect(
        problems.map((p) => p.variable),
        `${name}=${value}`,
      ).to.deep.equal([name]);
      expect(settings).to.include({ uploadMaxMb: 20, uploadMaxFiles: 10 });
    }
  });

  it('reports every bad value at once, naming the variable', () => {
    const { problems } = readSettings(
      { PORT: 'seventy', DATABASE_URL: 'mysql://x', FLOWHALL_DEMO_DATA: 'maybe' },
      '/',
    );
    expect(problems.map((p) => p.variable)).to.have.members(['PORT', 'DATABASE_URL', 'FLOWHALL_DEMO_DATA']);
  });
});
