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

// An inline pointer to another article: "Read more: …", "Lesen Sie auch: …", "Lea también: …".
const POINTER =
  /^(read more|read also|also read|see also|related|more on this|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|lee también|lea también|lea más|lee más|vea también|ver también|le puede interesar|te puede interesar|leia também|leggi anche|czytaj także|czytaj też|czytaj również)\s*[:»>|]/i;
// Short lead-ins that are pointers only when what follows is a link ("Mira: <a>…</a>").
const SHORT_POINTER = /^(mira|mire|lea|lee|voir|siehe|see|watch|ver)\s*[:»>]/i;

// A line that opens a block of other articles ("Weitere Artikel", "Most popular"): it and the
// teasers after it go, up to the next paragraph of prose.
const RECIRCULATION =
  /^(weitere (artikel|beiträge|themen|nachrichten|meldungen|news)|mehr (themen|zum thema|artikel|nachrichten)|neueste artikel|meistgelesen(e)?( artikel| nachrichten)?|meistdiskutiert(e)?( artikel)?|meist(gelesen|kommentiert)|beliebte (artikel|beiträge)|das könnte (sie|dich) auch interessieren|das thema könnte (sie|dich) auch interessieren|(das )?könnte (sie|dich) auch interessieren|entdecke weitere|weiterführende links|empfohlene beiträge|schon gelesen\??|zum weiterlesen|siehe auch|meist-?diskutiert|auch auf \S+\.\w+|empfehlung(en)? der redaktion|unsere empfehlung(en)?|themen im artikel|most (read|popular|viewed|shared|commented)|you (might|may) also like|you might be interested in|related (stories|articles|posts|content|coverage)|recommended( for you| stories| articles)?|more (stories|from|on this|news)|read next|trending( now)?|les plus lus|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|nos articles|más leídas|lo más visto|lo más leído|noticias relacionadas|te puede interesar|también te puede interesar|le puede interesar)\b.{0,40}$/i;

// A line that opens the comments or the author's bio: everything after it goes.
const TAIL_START =
  /^((\d+\s+)?(kommentare|comments|commentaires|comentarios|komentarze)(\s*\(\d+\))?|\d+\s+(kommentar|comment|commentaire|comentario)|kommentar(e)? schreiben|schreibe(n sie)? einen kommentar|leave a (reply|comment)|laisser un commentaire|deja un comentario|über (den|die) autor(in)?|about the author|à propos de l'auteur|sobre el autor|zum autor|zur autorin|autoreninfo|kontakt|pressekontakt|contact|ansprechpartner(in)?( zum thema)?)\s*:?$/i;

// Prompts and post metadata around the text: subscribe, follow, share, rate, "posted in".
const PROMPT =
  /\b(subscribe|subscriber|subscription|abonnier(?:en|e)\b|abonniert (?:euch|uns)|abonnez|abonné|abonnement|suscríbete|suscribete|suscripción|hazte miembro|hágase miembro|follow (us|the \S+( \S+)?) on|folgen sie uns|folge uns|suivez-nous|síguenos|download (the|our) .{0,40}apps?|get the latest news|for the latest stories|newsletter|canal de telegram|únete|whatsapp|this entry was posted|bookmark the permalink|der beitrag wurde am|veröffentlicht von|zeige alle beiträge|posted (by|in)|war der artikel nützlich|artikel teilen|diesen artikel teilen|share this|teilen sie|noch keine bewertungen|loading\.\.\.|kommentieren zu können|um kommentare zu schreiben|artikel bewerten|if you enjoyed|sign up|support (our|us)\b|gefällt dir unser|zurück zur listenansicht|permalink|permalien|last modified|aktualisiert am|meinung des autors|suggested citation|zapraszamy)/i;
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
export function removeBoilerplate(root: Element): void {
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
    if (!pointer && !b.cell && b.text.length <= 80 && RECIRCULATION.test(b.text) && i > 0) {
      gone.add(b.el);
      for (const next of blocks.slice(i + 1)) {
        if (isProse(next)) break;
        gone.add(next.el);
      }
      continue;
    }
    if (
      pointer ||
      AD_LABEL.test(b.text) ||
      (b.text.length <= 200 && (CREDIT.test(b.text) || CREDIT_TAIL.test(b.text))) ||
      (i >= blocks.length - TAIL_BLOCKS &&
        short &&
        (PROMPT.test(b.text) || METADATA_LINE.test(b.text))) ||
      (i < HEAD_BLOCKS && isDateOrByline(b.text))
    ) {
      gone.add(b.el);
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

function isDateOrByline(text: string): boolean {
  if (text.length > 100 || /[.!?]$/.test(text)) return false;
  const rest = text.replace(DATE_WORDS, '').replace(/[\d\s\p{P}\p{S}]/gu, '');
  if (!rest && /\d/.test(text)) return true;
  return BYLINE.test(text) && text.split(/\s+/).length <= 12 && /\d|\|/.test(text);
}
