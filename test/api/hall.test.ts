import { ApiError } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';

describe('api > hall', () => {
  it('lists the services a signed-in user may use, as a page with a total', async () => {
    const page = await (await signedIn('zhangsan')).hall.services({ sort: 'visits', onlineOnly: true });
    expect(page.items).to.be.an('array');
    expect(page.total).to.equal(page.items.length);
  });

  it('requires signing in', async () => {
    try {
      await newClient().hall.services();
      expect.fail('expected 401');
    } catch (err) {
      expect(err).to.be.instanceOf(ApiError);
      expect((err as ApiError).code).to.equal('UNAUTHENTICATED');
    }
  });

  it('answers an unknown sort order with 400 VALIDATION_FAILED', async () => {
    const client = await signedIn('zhangsan');
    try {
      await client.request('GET', '/api/hall/services?sort=sideways&limit=0');
      expect.fail('expected 400');
    } catch (err) {
      expect((err as ApiError).status).to.equal(400);
      expect((err as ApiError).code).to.equal('VALIDATION_FAILED');
      expect(((err as ApiError).details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
        'sort',
        'limit',
      ]);
    }
  });
});
