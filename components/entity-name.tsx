import { languageName } from '@/lib/format/display';
import { useI18n } from './i18n';

/**
 * An entity's name as shown, with its language marked when it is not the reader's (a place or
 * an organisation the knowledge base has no name for, as the article writes it): "Hôtel de
 * Ville FR", read out "Hôtel de Ville (French)", the name itself in its language. Set apart in
 * its own direction: a name in Arabic or Hebrew reads right to left, its mark after it.
 */
export function EntityName({ name, lang }: { name: string; lang?: string | undefined }) {
  const { locale } = useI18n();
  if (!lang) return <bdi>{name}</bdi>;
  const language = languageName(lang, locale) ?? lang;
  return (
    <>
      <bdi lang={lang}>{name}</bdi>{' '}
      <span class="name-lang" title={language}>
        <span aria-hidden="true">{lang.toUpperCase()}</span>
        <span class="visually-hidden">({language})</span>
      </span>
    </>
  );
}
