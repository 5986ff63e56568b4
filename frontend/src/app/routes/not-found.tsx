import { MessagePage } from '../MessagePage';

export default function NotFoundPage() {
  return <MessagePage texts="notFound" />;
}
