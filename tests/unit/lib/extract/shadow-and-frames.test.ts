/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { flattenShadowRoots } from '@/lib/extract/flatten-shadow';
import { readPage } from '@/lib/pipeline/read-page';

const PARAGRAPHS = [
  'Le dirigeant nord-coréen a promis son plein soutien à la Russie lors de la visite du président russe à Pyongyang, la première depuis vingt-quatre ans, selon l’agence officielle.',
  'Les deux pays doivent signer un accord de partenariat stratégique global, a indiqué un conseiller du Kremlin, sans donner de détails sur son contenu militaire éventuel.',
  'À Washington, le secrétaire d’État américain a estimé que la visite montrait combien Moscou cherchait des appuis pour poursuivre la guerre qu’elle mène en Ukraine.',
  'La Corée du Sud a annoncé mardi des tirs de semonce après le passage de soldats nord-coréens de l’autre côté de la ligne de démarcation, apparemment par erreur.',
];

function makeDoc(): Document {
  const doc = document.implementation.createHTMLDocument(
    'Kim promet son plein soutien à la Russie',
  );
  doc.head.innerHTML = '<meta property="og:type" content="article">';
  return doc;
}

describe('an article inside an open shadow root', () => {
  it('is read from the shadow content', () => {
    const doc = makeDoc();
    const host = doc.createElement('news-article');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const r = readPage(doc, 'https://news.example/monde/kim');
    expect(r.ok && r.article.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('flattens nothing on a page without shadow roots, and skips closed roots', () => {
    const doc = makeDoc();
    expect(flattenShadowRoots(doc)).toBeNull();
    doc.body.append(doc.createElement('x-closed'));
    doc.body.lastElementChild!.attachShadow({ mode: 'closed' }).innerHTML = '<p>secret</p>';
    expect(flattenShadowRoots(doc)).toBeNull();
  });
});

describe('an article inside a same-origin frame', () => {
  it('is read from the frame, under the top page URL', async () => {
    const doc = document;
    doc.body.innerHTML = '<iframe id="f"></iframe>';
    const frame = doc.getElementById('f') as HTMLIFrameElement;
    const inner = frame.contentDocument!;
    inner.open();
    inner.write(
      `<html lang="fr"><head><meta property="og:type" content="article"><title>Kim promet son plein soutien</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    inner.close();
    const r = readPage(doc, 'https://portal.example/news/1');
    expect(r.ok && r.article).toMatchObject({
      url: 'https://portal.example/news/1',
      lang: 'fr',
      text: PARAGRAPHS.join('\n\n'),
    });
  });
});
