import { useParams } from 'umi';
import { CasePage } from '../../../case/case-page';

/** `/cases/:id`: the case view, with the action panel for the current assignee. */
export default function CaseViewPage() {
  const { id = '' } = useParams<{ id: string }>();
  return <CasePage caseId={Number(id)} />;
}
