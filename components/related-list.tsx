import { formatDay, hostOf, languageName } from '@/lib/format/display';
import type { RelatedSummary } from '@/lib/messaging/protocol';
import { readerHref } from './article-card';
import { useI18n } from './i18n';

/** Articles read before on the same people, places and organisations, newest first. */
export function RelatedList({ related }: { related: RelatedSummary[] | undefined }) {
  const { t, locale } = useI18n();
  if (!related?.length) return null;
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('relatedHeading')}</h2>
      <ol class="timeline">
        {related.map(({ article: a, shared }) => (
          <li key={a.key}>
            <time class="meta">
              {formatDay(a.publishedAt ?? new Date(a.firstReadAt).toISOString(), locale)}
            </time>
            <a
              href={a.savedAt !== null ? readerHref(a.key) : (a.canonicalUrl ?? a.url ?? a.key)}
              target="_blank"
              rel="noopener noreferrer"
            >
              {a.title ?? t('untitled')}
            </a>
            <span class="meta">
              {[a.siteName ?? hostOf(a.key), languageName(a.lang, locale)]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span class="meta shared">
              {t('relatedShared', shared.map((s) => s.name).join(', '))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
