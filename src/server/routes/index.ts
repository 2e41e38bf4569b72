import type { App, ServerDeps } from '../deps.js';
import { accessLogRoutes } from './access-log.js';
import { authRoutes } from './auth.js';
import { localAuthRoutes } from './auth-local.js';
import { oidcAuthRoutes } from './auth-oidc.js';
import { casusRoutes } from './casussen.js';
import { casusChecklistTemplateRoutes } from './casussen-checklist-templates.js';
import { casusCommunicationRoutes } from './casussen-communication.js';
import { casusFamilyRoutes } from './casussen-family.js';
import { casusHandoverRoutes } from './casussen-handover.js';
import { casusLookupRoutes } from './casussen-lookups.js';
import { casusNetworkRoutes } from './casussen-network.js';
import { casusSummaryRoutes } from './casussen-summary.js';
import { meldingRoutes } from './meldingen.js';
import { openapiRoutes } from './openapi.js';
import { overlegRoutes } from './overleggen.js';
import { personRoutes } from './personen.js';
import { privacyBreakGlassRoutes } from './privacy-break-glass.js';
import { privacyRegisterRoutes } from './privacy-registers.js';
import { privacyRetentionRoutes } from './privacy-retention.js';
import { privacyRightsRoutes } from './privacy-rights.js';
import { userCredentialRoutes } from './user-credentials.js';
import { userRoutes } from './users.js';

/** Every area registers its routes here. A new module adds one line. */
export async function registerRoutes(app: App, deps: ServerDeps): Promise<void> {
  await authRoutes(app, deps);
  await localAuthRoutes(app, deps);
  await oidcAuthRoutes(app, deps);
  await userRoutes(app, deps);
  await userCredentialRoutes(app, deps);
  await accessLogRoutes(app, deps);
  await meldingRoutes(app, deps);
  await personRoutes(app, deps);
  await overlegRoutes(app, deps);
  await casusRoutes(app, deps);
  await casusNetworkRoutes(app, deps);
  await casusFamilyRoutes(app, deps);
  await casusCommunicationRoutes(app, deps);
  await casusSummaryRoutes(app, deps);
  await casusHandoverRoutes(app, deps);
  await casusLookupRoutes(app, deps);
  await casusChecklistTemplateRoutes(app, deps);
  await privacyRetentionRoutes(app, deps);
  await privacyBreakGlassRoutes(app, deps);
  await privacyRightsRoutes(app, deps);
  await privacyRegisterRoutes(app, deps);
  await openapiRoutes(app);
}
