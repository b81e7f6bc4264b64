import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { ReaderView } from '@/components/reader-view';
import { createSanitizer } from '@/lib/archive/sanitize';
import { sendMessage } from '@/lib/messaging/messenger';
import type { ArticleTimeline, SavedCopy } from '@/lib/messaging/protocol';

const sanitize = createSanitizer(window);

/** reader.html?key=<article key>: a saved article, from the archive, offline. */
export function App() {
  const { t, locale } = useI18n();
  const key = new URLSearchParams(location.search).get('key');
  const [state, setState] = useState<{ copy?: SavedCopy | null; error?: string }>({});
  const [timeline, setTimeline] = useState<ArticleTimeline | null>();
  useEffect(() => {
    if (!key) return setState({ error: t('readerNoKey') });
    sendMessage('getSavedArticle', { key }).then(
      (copy) => {
        setState({ copy });
        if (copy?.article.title) document.title = `${copy.article.title} — Backstory`;
      },
      (e: unknown) => setState({ error: String(e) }),
    );
    // Its story is a bonus: without it the article still reads.
    sendMessage('getTimeline', { key, lang: locale }).then(setTimeline, () => setTimeline(null));
  }, [key, t, locale]);
  if (state.error) {
    return <p class="status reader">{t('readerError', state.error)}</p>;
  }
  if (state.copy === undefined) return <p class="status reader">{t('loading')}</p>;
  if (state.copy === null) return <p class="status reader">{t('readerMissing')}</p>;
  return <ReaderView copy={state.copy} sanitize={sanitize} timeline={timeline} />;
}
