import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../domain/access/roles';
import { apiGet } from '../../api';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';

interface MediaTypes {
  readonly [mediaType: string]: { readonly schema?: unknown } | undefined;
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: unknown;
}

interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content?: MediaTypes };
  readonly responses?: { readonly [status: string]: { readonly content?: MediaTypes } | undefined };
  readonly 'x-access'?: { readonly key?: string; readonly allowed?: unknown };
}

interface OpenApiDocument {
  readonly info?: { readonly title?: string; readonly version?: string };
  readonly paths?: {
    readonly [path: string]: { readonly [method: string]: Operation | undefined } | undefined;
  };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Entry {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly op: Operation;
}

function operationsByTag(doc: OpenApiDocument): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = ops?.[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? '';
      const id = `op-${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      groups.set(tag, [...(groups.get(tag) ?? []), { id, method, path, op }]);
    }
  }
  return groups;
}

function json(schema: unknown): string {
  return JSON.stringify(schema, null, 2);
}

/** /api-docs: the OpenAPI document of the server, readable: every operation, its access rule and schemas. */
export function ApiDocsPage() {
  const { t } = useTranslation();
  usePageTitle(t('apiDocs.title'));
  const doc = useQuery({
    queryKey: ['openapi'],
    queryFn: () => apiGet<OpenApiDocument>('/api/openapi.json'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const groups = doc.data ? operationsByTag(doc.data) : new Map<string, Entry[]>();
  // An id holds no spaces ("meldpunt (publiek)"): aria-labelledby would read it as two ids and give the
  // section the name of another.
  const tagId = (tag: string): string => `tag-${tag.replace(/[^A-Za-z0-9-]+/g, '-') || 'other'}`;
  const tagLabel = (tag: string): string => {
    const tags: Record<string, string> = t('apiDocs.tags', { returnObjects: true });
    return tag === '' ? t('apiDocs.untagged') : (tags[tag] ?? tag);
  };

  return (
    <>
      <Heading level={1}>{t('apiDocs.title')}</Heading>
      <Paragraph lead>{t('apiDocs.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href="/api/openapi.json">
          {t('apiDocs.source')}
        </a>
        {doc.data?.info ? ` (${doc.data.info.title ?? ''} ${doc.data.info.version ?? ''})` : null}
      </Paragraph>
      {doc.isPending ? <Loading /> : null}
      {doc.error ? <LoadError error={doc.error} /> : null}
      {groups.size > 0 ? (
        <nav aria-labelledby="api-contents">
          <Heading level={2} id="api-contents">
            {t('apiDocs.contents')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {[...groups].map(([tag, entries]) => (
              <li key={tag}>
                {tagLabel(tag)}
                <ul className="utrecht-unordered-list">
                  {entries.map((e) => (
                    <li key={e.id}>
                      <a className="utrecht-link utrecht-link--html-a" href={`#${e.id}`}>
                        <span className="duiden-method">{e.method.toUpperCase()}</span> {e.path}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {[...groups].map(([tag, entries]) => (
        <section key={tag} aria-labelledby={tagId(tag)}>
          <Heading level={2} id={tagId(tag)}>
            {tagLabel(tag)}
          </Heading>
          {entries.map((e) => (
            <OperationDocs key={e.id} entry={e} />
          ))}
        </section>
      ))}
    </>
  );
}

function AccessRule({ allowed }: { readonly allowed: unknown }) {
  const { t } = useTranslation();
  if (allowed === 'public') return <>{t('apiDocs.accessPublic')}</>;
  if (allowed === 'signedIn') return <>{t('apiDocs.accessSignedIn')}</>;
  if (Array.isArray(allowed)) {
    const roles = allowed.map((r: unknown) => (isRole(r) ? t(`roles.${r}`) : String(r)));
    return <>{t('apiDocs.accessRoles', { roles: roles.join(', ') })}</>;
  }
  return <>{t('common.none')}</>;
}

function OperationDocs({ entry }: { readonly entry: Entry }) {
  const { t } = useTranslation();
  const { op } = entry;
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {});
  const success = responses.filter(([status]) => status.startsWith('2'));
  const errors = responses.filter(([status]) => !status.startsWith('2')).map(([status]) => status);
  const access = op['x-access'];

  return (
    <article className="duiden-operation" aria-labelledby={entry.id}>
      <Heading level={3} id={entry.id}>
        <span className="duiden-method">{entry.method.toUpperCase()}</span> {entry.path}
      </Heading>
      {op.summary ? <Paragraph>{op.summary}</Paragraph> : null}
      <Paragraph>
        <strong>{t('apiDocs.access')}:</strong> <AccessRule allowed={access?.allowed} />
        {access?.key ? (
          <>
            {' '}
            (<code className="duiden-code">{access.key}</code>)
          </>
        ) : null}
      </Paragraph>
      {op.parameters && op.parameters.length > 0 ? (
        <>
          <Heading level={4}>{t('apiDocs.parameters')}</Heading>
          <Table
            caption={`${t('apiDocs.parameters')}: ${entry.method.toUpperCase()} ${entry.path}`}
            captionHidden
            head={
              <Tr>
                <Th>{t('apiDocs.parameterColumns.name')}</Th>
                <Th>{t('apiDocs.parameterColumns.in')}</Th>
                <Th>{t('apiDocs.parameterColumns.required')}</Th>
                <Th>{t('apiDocs.parameterColumns.schema')}</Th>
              </Tr>
            }
          >
            {op.parameters.map((p) => (
              <Tr key={`${p.in}-${p.name}`}>
                <Td>
                  <code className="duiden-code">{p.name}</code>
                </Td>
                <Td>{p.in}</Td>
                <Td>{p.required ? t('common.yes') : t('common.no')}</Td>
                <Td>
                  <code className="duiden-code">{JSON.stringify(p.schema ?? {})}</code>
                </Td>
              </Tr>
            ))}
          </Table>
        </>
      ) : null}
      {body !== undefined ? (
        <>
          <Heading level={4}>{t('apiDocs.requestBody')}</Heading>
          <pre className="utrecht-code-block">
            <code className="utrecht-code-block__content">{json(body)}</code>
          </pre>
        </>
      ) : null}
      {success.map(([status, response]) => {
        const schema = response?.content?.['application/json']?.schema;
        return (
          <div key={status}>
            <Heading level={4}>{t('apiDocs.response', { status })}</Heading>
            {schema === undefined ? (
              <Paragraph>{t('apiDocs.noContent')}</Paragraph>
            ) : (
              <pre className="utrecht-code-block">
                <code className="utrecht-code-block__content">{json(schema)}</code>
              </pre>
            )}
          </div>
        );
      })}
      {errors.length > 0 ? (
        <Paragraph small>{t('apiDocs.errors', { statuses: errors.join(', ') })}</Paragraph>
      ) : null}
    </article>
  );
}
