import { analyzeDocument } from '@/lib/pipeline/analyze';
import { loadFixture, storedArticle } from '../../../helpers';

// The texts the near-copy tests compare (near-copy.test.ts, copy-links.test.ts).

const NAME = 'world-desk-putin-pyongyang.en.html';
/** A wire story as the extension extracts it (seven paragraphs, ~330 words). */
export const WIRE = analyzeDocument(NAME, loadFixture(NAME, `http://fixtures.localhost/${NAME}`))
  .article!.text;
export const paragraphs = WIRE.split('\n\n');

/**
 * The same event written apart (as ECB+'s articles on one event are): the same names, numbers
 * and quote, other sentences.
 */
export const OTHER = `Vladimir Putin landed in Pyongyang in the early hours of Wednesday for talks with Kim Jong Un, the Russian leader's first trip to North Korea in 24 years.
On the tarmac, Kim promised Moscow "full support and solidarity" in its war in Ukraine. Putin, for his part, said a new agreement would be signed to take the partnership between the two countries further.
Crowds waving Russian flags lined the route of the motorcade through the capital, and a welcome ceremony was held on Kim Il Sung Square later in the day.
Accompanying Putin are Defence Minister Andrei Belousov and Foreign Minister Sergei Lavrov. Yuri Ushakov, a Kremlin aide, told reporters a comprehensive strategic partnership could be among the documents signed.
The United Nations Security Council has sanctioned North Korea for years over its nuclear weapons and missiles; Russia vetoed the renewal of the panel of experts in March.
US Secretary of State Antony Blinken and NATO chief Jens Stoltenberg both said they were concerned about what Russia might give North Korea in return for its support.`;

/** OTHER's first four lines: another text on the same event, shorter, no copy of WIRE either. */
export const OTHER_SHORT = OTHER.split('\n').slice(0, 4).join('\n');

/** A stored article `id` of `text` read on `host` (its key from it), named `siteName`, no entity. */
export const putinArticle = (id: number, host: string, text: string, siteName = host) =>
  storedArticle({
    id,
    key: `https://${host}/putin`,
    text,
    title: 'Putin in Pyongyang',
    siteName,
    lang: 'en',
    firstReadAt: id,
    lastReadAt: id,
    entityIds: [],
  });
