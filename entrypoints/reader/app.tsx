import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { ReaderStatus, ReaderView } from '@/components/reader-view';
import { createSanitizer } from '@/lib/archive/sanitize';
import { sendMessage } from '@/lib/messaging/messenger';
import type { ArticleTimeline, SavedCopy } from '@/lib/messaging/protocol';

const sanitize = createSanitizer(window);

/** reader.html?key=<article key>: a saved article, from the archive, offline. */
export function App() {
  const { t, locale } = useI18n();
  const key = new URLSearchParams(location.search).get('key');
  const [state, setState] = useState<{
    copy?: SavedCopy | null;
    error?: string;
    noKey?: boolean;
  }>({});
  const [timeline, setTimeline] = useState<ArticleTimeline | null>();
  useEffect(() => {
    if (!key) return setState({ noKey: true });
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
  if (state.noKey) return <ReaderStatus message={t('readerNoKey')} />;
  if (state.error) {
    return <ReaderStatus message={t('readerError', state.error)} />;
  }
  if (state.copy === undefined) return <ReaderStatus message={t('loading')} />;
  if (state.copy === null) return <ReaderStatus message={t('readerMissing')} />;
  return <ReaderView copy={state.copy} sanitize={sanitize} timeline={timeline} />;
}
