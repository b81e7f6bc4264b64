import { normalizeInline } from './to-text';

// Blocks that hold text themselves: the smallest units judged here.
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DIV',
  'BLOCKQUOTE',
  'DT',
  'DD',
  'PRE',
  'TD',
  'TH',
]);
const HEADINGS = /^H[1-6]$/;

// An ad label standing alone ("Anzeige", "- Anzeige -", "Advertisement:").
const AD_LABEL =
  /^[\s\-–—|•*[(]*(anzeige|werbung|advertisement|advertising|sponsored|gesponsert|publicité|publicidad|publicidade|pubblicità|reklama)[\s\-–—|•*:)\]]*$/i;

// "Story continues below advertisement", the line an ad slot leaves in the text.
const AD_CONTINUES =
  /^[\s\-–—|•*[(]*((the )?(story|article|text|content) continues (below|after)( (this|the))? (advertisement|ad)|continue reading (below|after the (advertisement|ad)))[\s\-–—|•*.)\]]*$/i;

// A sign-up box for a newsletter or alerts, wherever it stands in the text: "Sign up for our
// Morning Brief newsletter", "Get the day's top stories delivered to your inbox", "Enter your
// email address", "Newsletter abonnieren". Short lines only: an article may be about a newsletter.
const NEWSLETTER_PROMPT =
  /\b(sign up|signup|subscribe|register)\b.{0,60}\b(newsletters?|alerts|inbox)\b|\bnewsletters?\b.{0,40}\b(sign up|subscribe|abonnieren|bestellen|anmelden)\b|\b(delivered|straight|directly) to your inbox\b|^enter your e-?mail( address)?\b|\binscrivez-vous\b.{0,40}\b(newsletter|lettre)\b/i;
const MAX_NEWSLETTER_PROMPT = 200;

// An inline pointer to another article: "Read more: …", "Lesen Sie auch: …", "Lea también: …".
const POINTER =
  /^(read more|read also|also read|see also|related|more on this|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|lee también|lea también|lea más|lee más|vea también|ver también|le puede interesar|te puede interesar|leia também|leggi anche|czytaj także|czytaj też|czytaj również)\s*[:»>|]/i;
// Short lead-ins that are pointers only when what follows is a link ("Mira: <a>…</a>").
const SHORT_POINTER = /^(mira|mire|lea|lee|voir|siehe|see|watch|ver)\s*[:»>]/i;

// A line that opens a block of other articles ("Weitere Artikel", "Most popular"): it and the
// teasers after it go, up to the next paragraph of prose.
const RECIRCULATION =
  /^(weitere (artikel|beiträge|themen|nachrichten|meldungen|news)|mehr (themen|zum thema|artikel|nachrichten)|neueste artikel|meistgelesen(e)?( artikel| nachrichten)?|meistdiskutiert(e)?( artikel)?|meist(gelesen|kommentiert)|beliebte (artikel|beiträge)|das könnte (sie|dich) auch interessieren|das thema könnte (sie|dich) auch interessieren|(das )?könnte (sie|dich) auch interessieren|entdecke weitere|weiterführende links|empfohlene beiträge|schon gelesen\??|zum weiterlesen|siehe auch|meist-?diskutiert|auch auf \S+\.\w+|empfehlung(en)? der redaktion|unsere empfehlung(en)?|themen im artikel|most (read|popular|viewed|shared|commented)|you (might|may) also like|you might be interested in|related (stories|articles|posts|content|coverage)|recommended( for you| stories| articles)?|more (stories|from|on this|news)|read next|trending( now)?|les plus lus|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|nos articles|más leídas|lo más visto|lo más leído|noticias relacionadas|te puede interesar|también te puede interesar|le puede interesar|empfehlungen aus|heute empfehlen wir|noch mehr (infos|artikel|themen|beiträge)|(new and exciting )?similar (dishes|recipes|articles|posts|stories)|(audios? et )?vidéos sur le (même )?sujet|(mehr|weitere|alle) videos|more videos|related videos|(latest|featured|top) videos|up next|watch next|videos? zum thema|vorschau auf den nächsten (artikel|beitrag)|teilnehmende blogs)\b.{0,40}$/i;
// A table of contents: the line and its links go, up to the first paragraph of prose.
const CONTENTS =
  /^(inhaltsverzeichnis|table of contents|contents|sommaire|índice|indice|spis treści)\s*:?$/i;

// A line of controls, not text: "Lade weitere Inhalte ...", "Zurück", "drukuj", "Back to top".
const CONTROL =
  /^[\s>»<«\-–]*(lade weitere inhalte|weitere inhalte laden|mehr laden|mehr anzeigen|load more|show more|weitere laden|zurück|zurück zur übersicht|back|back to top|nach oben|drucken|drukuj|print|vergrößern|enlarge|alle anzeigen|weiterlesen|mehr|more|suche|search|menü|menu|schließen|close|imprimer|imprimir)[\s.…>»<«\-–]*$/i;

// The placeholder of an embed the reader has not agreed to load ("Externer Inhalt", "Klicken Sie
// auf den unteren Button, um den Inhalt von … zu laden", "ohne dein Einverständnis").
const CONSENT =
  /um (den|die) inhalte? (von|aus) .{0,60}zu laden|um (den|die) inhalte? nachzuladen|^externer? inhalte?\b|ohne (dein|ihr) einverständnis|click (here |the button )?(below )?to load|klicken sie auf (den|die) .{0,30}(button|schaltfläche)|^inhalte? (entsperren|laden|anzeigen)$|you need to (enable|accept) .{0,30}cookies|enable javascript to view|ich bin damit einverstanden, dass/i;

// A sponsorship or affiliate disclosure: "*Werbung. Dieser Beitrag enthält Werbung für …", "This
// post contains references to products from one or more of our advertisers".
const DISCLOSURE =
  /(enthält|beinhaltet) (unbezahlte |bezahlte )?(werbung|affiliate|anzeigen)|^\*?werbung\s*[.:|]|this (post|article|page) (contains|may contain|includes) (affiliate|references to products|sponsored)|\baffiliate[- ]links?\b|we may (receive|earn) (a )?(compensation|commission)/i;

// A line about the comments rather than one: "Kommentare geschlossen", "Kommentare insgesamt: 0".
const COMMENTS_LINE =
  /^(kommentare? (geschlossen|insgesamt|deaktiviert)|comments? (are )?(closed|disabled)|kommentarfeed|keine kommentare|no comments( yet)?)\b/i;

// A copyright line (a photo's or the page's): "© dpa | Kay Nietfeld", "(c) 2017 …".
const COPYRIGHT = /^[(\s]*(©|\(c\)|copyright\b)/i;

// The source or agency signature that ends a news item: "Quelle: DJV, 2. Februar", "aja/PAP".
const SOURCE_LINE = /^(quelle|quellen|źródło|source|sources|fuente|fuentes|fonte|fontes)\s*:/i;
const AGENCY_SIGNATURE = /^\(?[a-zäöü]{2,5}(\s*\/\s*[\p{L}]{2,6})+\)?$/u;
// The page's licence, at the end: "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-…".
const LICENCE =
  /unter (der|einer) lizenz|licen[cs]ed under|sofern nicht anders (angegeben|ausgewiesen)/i;
// "Weitere Infos unter www.example.de": a pointer to elsewhere, on one line.
const INFO_POINTER = /^weitere (infos|informationen) (unter|auf|bei)\s+\S+$/i;

// A date standing alone ("3:59 PM", "22.12.2019"), or one with a category after it at the top
// ("24.01.2022 11:38 Kategorie: News", "2021-10-16 | Botschaft").
const DATE_ONLY =
  /^[\d\s:.,/-]*(\d{1,2}:\d{2}\s?(am|pm|uhr)?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})[\d\s:.,/-]*(am|pm|uhr)?$/i;
const DATE_AND_CATEGORY =
  /^(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\p{L}+\.?\s\d{4})[,]?(\s\d{1,2}[:.]\d{2}(\s?uhr)?)?\s*([|•·/–-]|kategorie:)?\s*[\p{L}&,-]+(\s[\p{L}&,-]+){0,3}$/iu;

// An author's bio closing the text: "Jane Doe is a freelance journalist …", "Max Muster ist
// Redakteur …".
const BIO_NAME = /^\p{Lu}[\p{L}.'’-]+(\s\p{Lu}[\p{L}.'’-]+){1,3},?\s/u;
const BIO_ROLE =
  /^\S+(\s\S+){1,3},?\s(is|was|ist|war|est)\s.{0,120}\b(writer|journalist|editor|reporter|author|founder|co-founder|correspondent|columnist|contributor|consultant|photographer|blogger|freelance|redakteur(in)?|journalist(in)?|autor(in)?|gründer(in)?|korrespondent(in)?|fotograf(in)?|journaliste|rédact(eur|rice)|auteur)/iu;

// A line that opens the comments or the author's bio: everything after it goes.
const TAIL_START =
  /^((\d+\s+)?(kommentare|comments|commentaires|comentarios|komentarze)(\s*\(\d+\))?|\d+\s+(kommentar|comment|commentaire|comentario)|kommentar(e)? schreiben|schreibe(n sie)? einen kommentar|leave a (reply|comment)|laisser un commentaire|deja un comentario|über (den|die) autor(in)?|about the author|à propos de l'auteur|sobre el autor|zum autor|zur autorin|autoreninfo|kontakt|pressekontakt|contact|ansprechpartner(in)?( zum thema)?)\s*:?$/i;

// Prompts and post metadata around the text: subscribe, follow, share, rate, "posted in".
const PROMPT =
  /\b(subscribe|subscriber|subscription|abonnier(?:en|e)\b|abonniert (?:euch|uns)|abonnez|abonné|abonnement|suscríbete|suscribete|suscripción|hazte miembro|hágase miembro|follow (us|the \S+( \S+)?) on|folgen sie uns|folge uns|suivez-nous|síguenos|download (the|our) .{0,40}apps?|get the latest news|for the latest stories|newsletter|canal de telegram|únete|whatsapp|this entry was posted|bookmark the permalink|der beitrag wurde am|veröffentlicht von|zeige alle beiträge|posted (by|in)|war der artikel nützlich|artikel teilen|diesen artikel teilen|share this|teilen sie|noch keine bewertungen|loading\.\.\.|kommentieren zu können|um kommentare zu schreiben|artikel bewerten|if you enjoyed|sign up|unlimited (digital )?access|(continue|keep) reading|support (our|us)\b|gefällt dir unser|zurück zur listenansicht|permalink|permalien|last modified|aktualisiert am|meinung des autors|suggested citation|zapraszamy)/i;
const METADATA_LINE =
  /^(tags?|schlagwörter|schlagworte|kategorien?|categories|category|aufrufe|views|rubrik|filed under|posted in|abgelegt unter)\s*:|^(publikacja|opublikowano|erstellt am|news date)\b/i;

// A photo credit or caption line: "Foto: …", "Photograph by …", "(Credit: …)", "… / (C) Name".
const CREDIT =
  /^[(©\s]*(photo|photos|photograph|foto|fotos|bild|bilder|titelbild|abbildung( \d+)?|image|images|credit|credits|crédito|crédit|crédits|picture|pictures|image illustrative|fotografía|imagen)\s*(by|von|de|:)/i;
// Also "Name, photo: Agency" and "Caption. Bild via Site" at the end of a short line.
const CREDIT_TAIL =
  /((\(c\)|©)\s*[\p{L}\p{N} .,&/'’-]{2,60}\)?|[,.(]\s*(photo|foto|bild|credit|crédit|crédito)\s*(:|via)\s*[^.]{2,60}\)?)$/iu;

// A dateline or byline line at the top: "23.10.2018", "von Anja S. am 14. Mai 2014, 15:40 Uhr".
const MONTHS =
  'jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DATE_WORDS = new RegExp(
  `\\b((${MONTHS})[a-zäéû]*\\.?|uhr|am|pm|um|at|le|el|de|the|on|updated|aktualisiert|publié|publicado|veröffentlicht|stand|opublikowano|publikacja|published|posted)\\b`,
  'giu',
);
const BYLINE = /^(von|by|par|por|de|autor|author|text|texte)\s*:?\s+\S/i;

const MAX_LINE = 300;
const HEAD_BLOCKS = 3;
const TAIL_BLOCKS = 6;

interface Block {
  el: Element;
  text: string;
  linkShare: number;
  heading: boolean;
  /** A table cell or list item: a heading-like phrase there is data, not a section's start. */
  cell: boolean;
}

/**
 * Removes boilerplate left inside the article container after Readability: ad labels, inline
 * "Read more:" pointers, recirculation blocks ("Most popular", "Weitere Artikel") with their
 * teasers, the comments and author bio at the end, subscribe/follow/share prompts and post
 * metadata near the end, photo credits, and datelines or bylines repeated at the top. Rules are
 * phrase lists in several languages plus position and length, never per site.
 */
export function removeBoilerplate(root: Element, byline?: string | null): void {
  const name = byline ? normalizeInline(byline).toLowerCase() : '';
  const blocks = leafBlocks(root);
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const gone = new Set<Element>();
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const start = seen;
    seen += b.text.length;
    const short = b.text.length <= MAX_LINE;
    // Past the middle of the text, a comments or author heading ends the article.
    if (start >= total * 0.5 && !b.cell && b.text.length <= 60 && TAIL_START.test(b.text)) {
      for (const rest of blocks.slice(i)) gone.add(rest.el);
      break;
    }
    if (gone.has(b.el) || b.text.length > 400) continue;
    const pointer =
      (short && POINTER.test(b.text)) ||
      (short && SHORT_POINTER.test(b.text) && b.linkShare >= 0.5);
    if (
      !pointer &&
      !b.cell &&
      b.text.length <= 80 &&
      ((RECIRCULATION.test(b.text) && i > 0) || CONTENTS.test(b.text))
    ) {
      gone.add(b.el);
      for (const next of blocks.slice(i + 1)) {
        if (isProse(next)) break;
        gone.add(next.el);
      }
      continue;
    }
    if (b.text.length <= MAX_NEWSLETTER_PROMPT && NEWSLETTER_PROMPT.test(b.text)) {
      gone.add(b.el);
      // The box's heading just above it ("Get the Morning Brief").
      const prev = blocks[i - 1];
      if (prev?.heading && prev.text.length <= 80) gone.add(prev.el);
      continue;
    }
    const fromEnd = blocks.length - i;
    if (
      pointer ||
      AD_LABEL.test(b.text) ||
      (short && AD_CONTINUES.test(b.text)) ||
      CONTROL.test(b.text) ||
      (b.text.length <= 150 && (COPYRIGHT.test(b.text) || INFO_POINTER.test(b.text))) ||
      (b.text.length <= 200 && (CREDIT.test(b.text) || CREDIT_TAIL.test(b.text))) ||
      (short && (CONSENT.test(b.text) || DISCLOSURE.test(b.text))) ||
      (b.text.length <= 80 && COMMENTS_LINE.test(b.text)) ||
      (!b.cell && b.text.length <= 30 && DATE_ONLY.test(b.text)) ||
      (fromEnd <= TAIL_BLOCKS &&
        short &&
        (PROMPT.test(b.text) || METADATA_LINE.test(b.text) || LICENCE.test(b.text))) ||
      (fromEnd <= 4 && b.text.length <= 150 && SOURCE_LINE.test(b.text)) ||
      (fromEnd <= 3 && AGENCY_SIGNATURE.test(b.text)) ||
      (fromEnd <= 2 && i >= 2 && isBio(b.text)) ||
      (i < HEAD_BLOCKS && isDateOrByline(b.text)) ||
      // The author's name from the page's metadata, repeated at the top ("Mark Lavin", "Von Jan
      // Koch | 3 min").
      (i < HEAD_BLOCKS &&
        name.length >= 5 &&
        b.text.length <= name.length + 40 &&
        b.text.toLowerCase().includes(name)) ||
      (i <= HEAD_BLOCKS &&
        b.text.length <= 120 &&
        (METADATA_LINE.test(b.text) || DATE_AND_CATEGORY.test(b.text)))
    ) {
      gone.add(b.el);
    }
  }
  // Teasers after the text: past its last paragraph of prose, short lines that are all link.
  let lastProse = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (!gone.has(blocks[i]!.el) && isProse(blocks[i]!)) {
      lastProse = i;
      break;
    }
  }
  if (lastProse > 0) {
    for (const b of blocks.slice(lastProse + 1)) {
      // Not list items: a list of links after the text may be the article's (a deals list).
      if (!b.cell && b.text.length >= 20 && b.text.length <= 160 && b.linkShare >= 0.8) {
        gone.add(b.el);
      }
    }
  }
  for (const el of gone) el.remove();
}

/** Text blocks with no text block inside, in document order. */
function leafBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const leaves: Element[] = [];
  // A walk by tag name: linkedom's selector engine made querySelectorAll + closest the cost here.
  const collect = (node: Element): boolean => {
    let hasBlock = false;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      const inner = collect(child);
      if (BLOCK_TAGS.has(child.tagName.toUpperCase())) {
        if (!inner) leaves.push(child);
        hasBlock = true;
      } else if (inner) {
        hasBlock = true;
      }
    }
    return hasBlock;
  };
  collect(root);
  for (const el of leaves) {
    const raw = el.textContent ?? '';
    // Long blocks are prose: only their length counts, so their text is not normalised.
    const text = raw.length > 400 ? raw : normalizeInline(raw);
    if (!text.trim()) continue;
    out.push({
      el,
      text,
      get linkShare() {
        return linkChars(el) / text.length;
      },
      heading: HEADINGS.test(el.tagName.toUpperCase()),
      cell: /^(TD|TH|LI|DT|DD)$/.test(el.tagName.toUpperCase()),
    });
  }
  return out;
}

/** Characters of link text under `el` (a walk: linkedom compiles a selector on every query). */
function linkChars(el: Element): number {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    n +=
      child.tagName.toUpperCase() === 'A'
        ? normalizeInline(child.textContent ?? '').length
        : linkChars(child);
  }
  return n;
}

/** A paragraph of the article's own prose: a sentence or more, few links, not a heading. */
function isProse(b: Block): boolean {
  return !b.heading && b.text.length >= 100 && b.linkShare < 0.3;
}

/** A short paragraph that introduces the author: a name, then "is a journalist" or the like. */
function isBio(text: string): boolean {
  return text.length <= 600 && BIO_NAME.test(text) && BIO_ROLE.test(text);
}

function isDateOrByline(text: string): boolean {
  if (text.length > 100 || /[.!?]$/.test(text)) return false;
  const rest = text.replace(DATE_WORDS, '').replace(/[\d\s\p{P}\p{S}]/gu, '');
  if (!rest && /\d/.test(text)) return true;
  return BYLINE.test(text) && text.split(/\s+/).length <= 12 && /\d|\|/.test(text);
}
