import { expect, expectAccessible, test } from './fixtures';

test('/api-docs renders every operation with its access rule and schemas, without signing in', async ({
  page,
}) => {
  await page.goto('/api-docs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-documentatie');
  await expect(page).toHaveTitle('API-documentatie – Duiden');

  const spec = (await (await page.request.get('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(operations.length).toBeGreaterThan(10);
  // One look at all level-3 headings: a role query per operation takes minutes on a page this long.
  await expect(page.getByRole('heading', { level: 3, name: operations[0], exact: true })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(headings.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(expect.arrayContaining(operations));

  const users = page.getByRole('article', { name: 'GET /api/users', exact: true });
  await expect(users).toContainText('alleen: functioneel beheerder');
  await expect(users.locator('pre')).toContainText('"displayName"');
  const session = page.getByRole('article', { name: 'GET /api/auth/session', exact: true });
  await expect(session).toContainText('openbaar, ook zonder in te loggen');
  await expect(page.getByRole('article', { name: 'POST /api/users', exact: true })).toContainText(
    'Inhoud van het verzoek',
  );
  await expectAccessible(page, 'API docs');
});
