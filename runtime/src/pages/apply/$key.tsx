import { useParams } from 'umi';
import { ApplyPage } from '../../case/apply/apply-page';

/** `/apply/:key`: a new application of the service `key`. */
export default function NewApplication() {
  const { key = '' } = useParams<{ key: string }>();
  return <ApplyPage target={{ kind: 'new', key }} />;
}
