import { useEffect, useState } from 'react';

/** Below this width the app switches to its phone layout (bottom bar, cards instead of tables). */
const PHONE_QUERY = '(max-width: 767px)';

function matches(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(PHONE_QUERY).matches;
}

/** True on a phone-sized screen; follows rotation and window resizes. */
export function usePhone(): boolean {
  const [phone, setPhone] = useState(matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE_QUERY);
    const onChange = () => setPhone(query.matches);
    query.addEventListener('change', onChange);
    onChange();
    return () => query.removeEventListener('change', onChange);
  }, []);
  return phone;
}
