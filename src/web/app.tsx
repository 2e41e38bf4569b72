import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError, setUnauthenticatedHandler } from './api';
import { AppLayout } from './app-layout';
import { ApiDocsPage } from './features/api-docs/api-docs-page';
import { RequireArea, RequireSignedIn } from './features/auth/require-signed-in';
import { SignInPage } from './features/auth/sign-in-page';
import { UserPage } from './features/beheer/user-page';
import { UsersPage } from './features/beheer/users-page';
import { HomePage } from './features/home/home-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { AccessLogPage } from './features/privacy/access-log-page';
import { resetForNewSession } from './session';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // A refused or missing resource will not appear by asking again; a lost connection might.
        retry: (count, error) => error instanceof ApiError && error.code === 'network' && count < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  // On 401 the session has ended: forget what was read, read the session again; the guard then opens the
  // sign-in page.
  setUnauthenticatedHandler(() => void resetForNewSession(client).catch(() => undefined));
  return client;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="/inloggen" element={<SignInPage />} />
            <Route path="/api-docs" element={<ApiDocsPage />} />
            <Route element={<RequireSignedIn />}>
              <Route index element={<HomePage />} />
              <Route element={<RequireArea area="beheer" />}>
                <Route path="/beheer/gebruikers" element={<UsersPage />} />
                <Route path="/beheer/gebruikers/:id" element={<UserPage />} />
              </Route>
              <Route element={<RequireArea area="privacy" />}>
                <Route path="/privacy/toegangslog" element={<AccessLogPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
