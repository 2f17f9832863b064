import { Navigate } from 'umi';

/** /tasks opens the to-do list. */
export default function TasksIndex() {
  return <Navigate to="/tasks/todo" replace />;
}
