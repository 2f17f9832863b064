import { expect } from 'chai';
import { CookieJar } from '../src/cookie-jar';

describe('client > cookie jar', () => {
  it('keeps cookies from Set-Cookie headers and sends them back', () => {
    const jar = new CookieJar();
    jar.store(['flowhall_session=abc; path=/; httponly', 'flowhall_csrf=xyz; path=/']);
    expect(jar.get('flowhall_csrf')).to.equal('xyz');
    expect(jar.header()).to.equal('flowhall_session=abc; flowhall_csrf=xyz');
  });

  it('forgets a cookie the server clears (empty value or past expiry)', () => {
    const jar = new CookieJar();
    jar.store(['a=1', 'b=2']);
    jar.store(['a=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT', 'b=; path=/']);
    expect(jar.header()).to.equal('');
  });
});
