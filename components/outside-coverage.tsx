import { formatDay } from '@/lib/format/display';
import { safeHref } from '@/lib/url/safe-href';
import { translateOnlineReason } from '@/lib/i18n/translate';
import type { PanelState } from '@/lib/ui/panel-store';
import { useI18n } from './i18n';

/**
 * Other outlets' coverage from GDELT, apart from the reader's own archive and only when the
 * reader turned it on. Titles are text; links open the outlet's page.
 */
export function OutsideCoverage({ outside }: { outside: PanelState['outside'] }) {
  const { t, locale } = useI18n();
  if (!outside || outside.status === 'off') return null;
  return (
    <section class="outside" aria-labelledby="outside-heading">
      <h2 id="outside-heading">{t('outsideHeading')}</h2>
      {outside.status === 'loading' && <p class="meta quiet">{t('outsideLoading')}</p>}
      {outside.status === 'failed' && (
        <p class="meta quiet">{t('outsideFailed', translateOnlineReason(t, outside.reason))}</p>
      )}
      {outside.status === 'ok' && (
        <>
          <p class="meta">{t('outsideQuery', outside.query.join(', '))}</p>
          {outside.articles.length === 0 ? (
            <p class="status">{t('outsideEmpty')}</p>
          ) : (
            <ol class="timeline">
              {outside.articles
                .filter((a) => safeHref(a.url))
                .map((a) => (
                  <li key={a.url}>
                    <time class="meta" dateTime={a.seendate}>
                      {formatDay(a.seendate, locale)}
                    </time>
                    <a href={safeHref(a.url)} target="_blank" rel="noopener noreferrer">
                      {a.title}
                    </a>
                    <span class="meta">{[a.domain, a.language].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
