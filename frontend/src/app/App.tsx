import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query';
import { AppProviders } from './providers';
import { AppErrorBoundary } from './RouteError';
import { createRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  // the routes' loaders start queries in this client while the pages' code downloads
  const [router] = useState(() => createRouter(queryClient));
  return (
    <AppErrorBoundary>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </AppErrorBoundary>
  );
}
