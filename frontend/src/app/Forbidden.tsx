import { MessagePage } from './MessagePage';

/** What someone sees on a page their role or scope does not open: plain words and a way on. */
export function Forbidden() {
  return <MessagePage texts="forbidden" />;
}
