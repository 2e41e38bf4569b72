import { Navigate, Outlet, useLocation } from 'react-router';
import { type Area, rolesOf } from '../../navigation';
import { useSession, useSignedInUser } from '../../session';
import { LoadError, Loading } from '../../ui/query-state';
import { ForbiddenPage } from '../not-found/forbidden-page';

/** The routes below need a signed-in user; without one, the sign-in page opens (and comes back here). */
export function RequireSignedIn() {
  const { data, error, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (error) return <LoadError error={error} />;
  if (!data.signedIn) {
    return <Navigate to="/inloggen" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}

/** The routes of an area need one of its roles (the same list the navigation is built from). */
export function RequireArea({ area }: { readonly area: Area }) {
  const user = useSignedInUser();
  if (!rolesOf(area).includes(user.role)) return <ForbiddenPage />;
  return <Outlet />;
}
