import { useParams } from 'umi';
import { CasePage } from '../../../case/case-page';

/** `/cases/:id/print`: the A4 print view (the layout shows it without the app's chrome). */
export default function CasePrintPage() {
  const { id = '' } = useParams<{ id: string }>();
  return <CasePage caseId={Number(id)} print />;
}
