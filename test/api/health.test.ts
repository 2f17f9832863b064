import { expect } from 'chai';
import { newClient, testDatabase, testServer } from '../support/api-hooks';

describe('api > health', () => {
  it('answers 200 with the database it runs on, without signing in', async () => {
    const report = await newClient().health();
    expect(report.status).to.equal('ok');
    expect(report.database).to.deep.equal({ dialect: testDatabase(), reachable: true });
    expect(report.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('answers an unknown /api path with 404 and the error shape, not an HTML page', async () => {
    const response = await fetch(`${testServer().url}/api/no-such-thing`);
    expect(response.status).to.equal(404);
    expect(response.headers.get('content-type')).to.match(/json/);
    expect(await response.json()).to.include({ code: 'NOT_FOUND' });
  });
});
