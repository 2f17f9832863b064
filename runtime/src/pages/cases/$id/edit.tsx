import { useParams } from 'umi';
import { ApplyPage } from '../../../case/apply/apply-page';

/** `/cases/:id/edit`: continue a draft, or correct a returned case and resubmit it (R24). */
export default function EditApplication() {
  const { id = '' } = useParams<{ id: string }>();
  return <ApplyPage target={{ kind: 'edit', caseId: Number(id) }} />;
}
