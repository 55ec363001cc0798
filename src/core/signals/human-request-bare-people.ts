// A whole message that only names a part of the business or its people, as an answer to "who would you like to speak
// to?" or typed alone: "payroll team please", "the claims people", "the team that deals with roaming charges",
// "whoever handles refunds", "fatura bölümü", "hasar dosyasına bakan kişi". Naming them and nothing else asks for them;
// "my team", "the delivery people left it outside" and "the billing address" do not.
import { ENGLISH_ROLES, words } from './human-request-cues.js';

/** The longest message read this way. */
const BARE_MOST = 12;
/**
 * Words for a part of the business or its people that may end the name; not "person" ("pay in person", "a table for
 * two persons") nor "guys" ("hi guys").
 */
const HEADS = new Set(
  words(`team teams desk department dept unit people folks staff office section division services`),
);
// "the people" or "the team" alone names nothing of ours: a name before the head, or what they do after it.
const OPENERS = new Set(words(`the your ur a an uh um ok okay erm just`));
const ENDINGS = new Set(words(`please pls plz now asap thanks thank you`));
const ASKED_NOW = new Set(words(`please pls plz asap`));
// "claims adjuster please", "the receptionist please": someone by their trade, asked for with "please"; not the
// trades a visit is booked with ("a doctor please" books one).
const BOOKED = new Set(words(`doctor doctors physician dentist optician midwife therapist physio`));
const ROLES = new Set(ENGLISH_ROLES.filter((role) => !BOOKED.has(role)));
// "support please", "helpdesk pls": the support people, asked for the same way, with no name before ("emotional
// support please", "life support please" ask for a kind of help).
const SUPPORT = new Set(words(`support helpdesk`));
/**
 * Words that cannot be a part of the name: verbs of contact, the speaker's own, pointing words; what is asked about them
 * ("list your services please", "details about tracking services please", "add driver please").
 */
const NOT_A_NAME = new Set(
  words(`call ring phone dial text email my our his her their this that is are was were be been the a an to from
    for of and or not no in at on with by we i you he she they it me us them hello hi hey hiya helo heyy dear one
    two three four five six seven eight nine ten need want get buy book pay apply sign return collect met meet saw
    see spotted all some many more few im iam such very so really friendly helpful unhelpful rude nice lovely great
    good bad poor terrible awful amazing excellent kind polite useless incompetent lazy professional slow fast busy
    other same new nearest closest local find where directions post your ur about details detail info information
    list show tell explain describe compare what which how add remove change update cancel renew upgrade`),
);
/** A word that may be part of a name: letters only, not a lost space before "the" ("ringthe office"). */
const isNameWord = (token: string): boolean =>
  /^[a-z]{2,}$/.test(token) && !NOT_A_NAME.has(token) && !(token.length > 3 && token.endsWith('the'));
const NAME_MOST = 3;
/** "who handles refunds", "that deals with roaming charges": what they do, said after them. */
const RELATIVE = new Set(words(`who that which`));
const DOING = new Set(
  words(`handles handle deals deal does do sorts sort looks look takes take manages manage covers cover works work
    processes process fixes fix can`),
);
/** A told sentence, not a name: "the team that deals with it is useless". */
const TELLING = new Set(
  words(
    `is are was were has have had never always did didnt doesnt dont isnt arent wasnt keeps kept said told`,
  ),
);
const DOING_MOST = 6;
/** "at the Kingsway store", "in the Leeds branch": where they are, after them, a place named last. */
const WHERE = new Set(words(`at in from`));
const PLACES = new Set(
  words(`store shop branch office site location centre center clinic hospital airport station`),
);
/** "not the pensions one", "not the car one": which one, by the one it is not. */
const NOT_THAT_ONE = 'not';

function isDoing(rest: readonly string[]): boolean {
  return (
    rest.length >= 2 &&
    rest.length <= DOING_MOST &&
    DOING.has(rest[0] ?? '') &&
    !rest.some((token) => TELLING.has(token))
  );
}

/** Whether the words after the head only say what they do, where, or which one, and how asked. */
function isOnlyAbout(rest: readonly string[]): boolean {
  // "payroll team please, my overtime wasn't paid": asked for, then why.
  if (ASKED_NOW.has(rest[0] ?? '')) {
    return true;
  }
  let end = rest.length;
  while (end > 0 && ENDINGS.has(rest[end - 1] ?? '')) {
    end -= 1;
  }
  const about = rest.slice(0, end);
  if (about.length === 0) {
    return true;
  }
  if (RELATIVE.has(about[0] ?? '')) {
    return isDoing(about.slice(1));
  }
  if (about[0] === NOT_THAT_ONE) {
    return about.length <= 4 && about[about.length - 1] === 'one';
  }
  return (
    WHERE.has(about[0] ?? '') &&
    about.length <= 5 &&
    PLACES.has(about[about.length - 1] ?? '') &&
    !about.some((token) => TELLING.has(token) || token === 'my' || token === 'our')
  );
}

function isEnglishPeopleNamed(tokens: readonly string[]): boolean {
  // "whoever handles refunds", "whoever can fix my bill"
  if (tokens[0] === 'whoever') {
    return isDoing(tokens.slice(1).filter((token) => !ENDINGS.has(token)));
  }
  let start = 0;
  while (OPENERS.has(tokens[start] ?? '')) {
    start += 1;
  }
  for (let head = start; head < tokens.length && head <= start + NAME_MOST; head += 1) {
    const word = tokens[head] ?? '';
    if (
      (ROLES.has(word) || (SUPPORT.has(word) && head === start)) &&
      ASKED_NOW.has(tokens[head + 1] ?? '') &&
      head + 2 === tokens.length
    ) {
      return tokens.slice(start, head).every(isNameWord);
    }
    // "student services please": "services" names a part only when asked for ("HR shared services" is a topic).
    if (HEADS.has(word) && (word !== 'services' || ASKED_NOW.has(tokens[head + 1] ?? ''))) {
      const name = tokens.slice(start, head);
      // "the team that deals with roaming charges", "people who sort out refunds": what they do names them.
      const rest = tokens.slice(head + 1);
      return (name.length > 0 || RELATIVE.has(rest[0] ?? '')) && name.every(isNameWord) && isOnlyAbout(rest);
    }
    if (NOT_A_NAME.has(word)) {
      return false;
    }
  }
  return false;
}

// Turkish: "fatura bölümü", "müşteri hizmetleri birimi lütfen", "hasar dosyasına bakan kişi", "iadelerle ilgilenen
// biri": a unit by its name, or someone by what they look after.
const TURKISH_UNITS =
  /^(?:bolumu|bolumune|birimi|birimine|departmani|departmanina|ekibi|ekibine|servisi|masasi|subesi)$/;
const TURKISH_DOERS = /^(?:bakan|ilgilenen|sorumlu|yetkili|ugrasan|takip)$/;
const TURKISH_PEOPLE = /^(?:kisi|kisiye|biri|birisi|birine|arkadas|arkadasa|yetkili|yetkiliye|personel)$/;
const TURKISH_ENDINGS = new Set(words(`lutfen acil acilen hemen rica ederim`));
const TURKISH_OWN = /^(?:benim|bizim)$|[^aeiou]im$/;

// "kart işlemleri temsilcisi": someone of ours by the work they do, as a compound.
const TURKISH_PERSON_OF = /^(?:temsilci|yetkili|uzman|sorumlu|danisman)s[iu]$/;
// "en yetkili kim varsa ona bağla", "iadelerle kim ilgileniyorsa ona": whoever it is, asked for.
const WHOEVER_IT_IS = /^\p{L}+(?:s[ae])$/u;
const PUT_TO_HIM = /^(?:bagla|aktar|yonlendir|ilet|verin|baglayin|aktarin|yonlendirin)/;

function isWhoeverItIs(tokens: readonly string[]): boolean {
  const who = tokens.indexOf('kim');
  const him = tokens.indexOf('ona');
  return (
    who >= 0 &&
    him > who + 1 &&
    WHOEVER_IT_IS.test(tokens[him - 1] ?? '') &&
    tokens.slice(him + 1).every((token) => PUT_TO_HIM.test(token) || TURKISH_ENDINGS.has(token))
  );
}

// "resepsiyon lütfen", "santrale", "ön büro": a desk of the business by its name alone.
const TURKISH_DESKS = /^(?:resepsiyon|santral|konsiyerj|danisma)(?:a|e|u)?$/;
const TURKISH_FRONT_OFFICE = ['on', 'buro'];

function isTurkishPeopleNamed(tokens: readonly string[]): boolean {
  if (isWhoeverItIs(tokens)) {
    return true;
  }
  let end = tokens.length;
  while (end > 0 && TURKISH_ENDINGS.has(tokens[end - 1] ?? '')) {
    end -= 1;
  }
  const named = tokens.slice(0, end);
  if (
    (named.length === 1 && TURKISH_DESKS.test(named[0] ?? '')) ||
    named.join(' ') === TURKISH_FRONT_OFFICE.join(' ')
  ) {
    return true;
  }
  if (named.length < 2 || named.length > 5 || named.some((token) => TURKISH_OWN.test(token))) {
    return false;
  }
  const last = named[named.length - 1] ?? '';
  if (TURKISH_UNITS.test(last) || TURKISH_PERSON_OF.test(last)) {
    return named.length <= 3;
  }
  return TURKISH_PEOPLE.test(last) && TURKISH_DOERS.test(named[named.length - 2] ?? '');
}

/** Whether a whole message (folded tokens) only names a part of the business or its people. */
export function isOnlyPeopleNamed(tokens: readonly string[], language: 'en' | 'tr'): boolean {
  if (tokens.length === 0 || tokens.length > BARE_MOST) {
    return false;
  }
  return language === 'tr' ? isTurkishPeopleNamed(tokens) : isEnglishPeopleNamed(tokens);
}

const ASKED_FIRST = new Set([...ASKED_NOW, ...words(`now lutfen acil acilen hemen`)]);

/**
 * Whether a message's first clause only names a part of the business or its people and asks with "please" or "now",
 * the matter told after it: "security team please, I think my account has been hacked, there are sent emails…".
 */
export function asksForPeopleNamedFirst(
  clauses: readonly (readonly string[])[],
  language: 'en' | 'tr',
): boolean {
  const first = clauses[0] ?? [];
  return clauses.length > 1 && ASKED_FIRST.has(first.at(-1) ?? '') && isOnlyPeopleNamed(first, language);
}
