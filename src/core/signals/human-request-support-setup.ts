// Someone who runs support setting up the product, not a customer asking for a person: "the escalate to human button
// isn't showing on our widget", "we need the bot to hand over to a person when the customer is angry, how do I
// configure that", "is there an API to transfer a chat between departments", "müşteri sinirlenince botun insana
// devretmesini nasıl ayarlarız". The speaker is never the one to put through ("your widget won't let me reach an
// agent" asks).
import type { SignalLocale } from './detect-locale.js';
import { words } from './human-request-cues.js';

// Words only the product's own side uses: enough alone.
const PRODUCT_ONLY = new Set(words(`api apis webhook webhooks sdk softphone ivr`));
// The product's parts, told of by its users too ("the chat button does not work"): with another sign.
const PRODUCT_PARTS = new Set(
  words(`widget widgets button buttons trigger triggers rule rules dashboard panel plugin integration seat seats
    license licence routing workflow workflows settings setting macro macros template templates handover handoff
    automatically conversations queue queues`),
);
const SETTING_UP = new Set(
  words(`configure configured configuring enable disable set setup turn add remove rename change customise customize
    fix integrate install assign tag label route move`),
);
const THEIR_CUSTOMERS = new Set(words(`customer customers users visitors callers caller shoppers clients`));
const THE_SPEAKER = new Set(words(`me us myself ourselves m`));
// "can I speak to someone about our seats", "we need to talk to…", "get a human on this": the speaker asks for someone.
const TALKING = new Set(words(`talk speak chat`));
const ASKERS = new Set(words(`i we`));
const PEOPLE_GOT = new Set(words(`a an someone somebody`));

// "can you provide documentation or schedule a call": a call with the business's people arranged.
const ARRANGING = new Set(words(`schedule arrange book`));

function asksForSomeone(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      (TALKING.has(token) && tokens.slice(Math.max(0, index - 4), index).some((word) => ASKERS.has(word))) ||
      (token === 'get' && PEOPLE_GOT.has(tokens[index + 1] ?? '')) ||
      (ARRANGING.has(token) && tokens[index + 1] === 'a' && tokens[index + 2] === 'call'),
  );
}

// "customer service", "customer success manager": a team of the business, not the customers.
const CUSTOMER_TEAMS = new Set(words(`service services support care success relations experience`));
// "your billing team", "one of your engineers": the business asked, which a customer does.
const THE_BUSINESS = new Set(words(`your ur yours`));

// "does it support a live agent handoff?", "can your bot offer live chat with a human?": what the product can do, asked by
// someone choosing it; "can the bot transfer me to an agent" asks for the speaker.
const ASKED_FIRST = new Set(words(`does do can will would could is`));
const THE_PRODUCT = new Set(
  words(`it bot chatbot widget platform software tool app product plugin system assistant solution`),
);
const PRODUCT_OWNERS = new Set(words(`the your this ur`));
const CAN_DO = new Set(
  words(`support supports offer offers allow allows handle handles include includes integrate integrates provide
    provides`),
);

function isACapabilityAsked(tokens: readonly string[]): boolean {
  if (
    !ASKED_FIRST.has(tokens[0] ?? '') ||
    tokens.some((token) => THE_SPEAKER.has(token) || ASKERS.has(token))
  ) {
    return false;
  }
  const subject = PRODUCT_OWNERS.has(tokens[1] ?? '') ? 2 : 1;
  return (
    THE_PRODUCT.has(tokens[subject] ?? '') &&
    (subject === 2 || tokens[1] === 'it') &&
    CAN_DO.has(tokens[subject + 1] ?? '')
  );
}

function isEnglishSetup(tokens: readonly string[]): boolean {
  if (isACapabilityAsked(tokens)) {
    return true;
  }
  if (tokens.some((token) => THE_BUSINESS.has(token)) || asksForSomeone(tokens)) {
    return false;
  }
  // "is there an API to transfer a chat between departments": words only the product's own side uses.
  if (tokens.some((token) => PRODUCT_ONLY.has(token))) {
    return true;
  }
  const signs =
    Number(tokens.some((token) => PRODUCT_PARTS.has(token) || PRODUCT_ONLY.has(token))) +
    Number(tokens.some((token) => SETTING_UP.has(token))) +
    Number(
      tokens.some(
        (token, index) => THEIR_CUSTOMERS.has(token) && !CUSTOMER_TEAMS.has(tokens[index + 1] ?? ''),
      ),
    ) +
    Number(tokens.includes('our'));
  return signs >= 2;
}

const TURKISH_PRODUCT_ONLY = /^(?:api|webhook|ivr|entegrasyon)/;
const TURKISH_PRODUCT_PARTS =
  /^(?:widget|buton|panel|lisans|koltug|koltuk|etiket|tetikleyici|kural|sohbetleri|sablon)/;
const TURKISH_SETTING_UP = /^(?:ayarla|kur(?:ul|ar|abil|mak|mam)|ekle|etiketle|degistir|tanimla)/;
const TURKISH_THEIR_CUSTOMERS = /^(?:musteriler|musterilerim|musterimiz|kullanici)/;
// "geri arama talepleri panelde görünmüyor": the desk's items, many, as an agent or an admin sees them.
const TURKISH_DESK_ITEMS = /^(?:talepler|biletler|kayitlar|gorusmeler|sohbetler|cagrilar)/;

// "ürün ekibinizden biri", "yazılım ekibinizle": the business asked.
const TURKISH_YOUR = /[iu]n[iu]z(?:d[ae]n|l[ae]|[ei])?$|^sizin$/;

// "teknik destekten biriyle görüşebilir miyim, API çalışmıyor": the speaker asks to talk, as in English.
const TURKISH_TALK_ASKED = /^(?:gorus|konus)(?:[ae]b[iu]l[iu]r(?:m[iu]y[iu][mz])?|mek|mak|mem|mam)$/;
const TURKISH_TALK_ASKED_AFTER = /^(?:m[iu]y[iu][mz]|istiyorum|istiyoruz|lazim|gerek)/;

function isTurkishSetup(tokens: readonly string[]): boolean {
  if (
    tokens.some((token) => TURKISH_YOUR.test(token)) ||
    tokens.some(
      (token, index) =>
        TURKISH_TALK_ASKED.test(token) &&
        (/m[iu]y[iu][mz]$/.test(token) || TURKISH_TALK_ASKED_AFTER.test(tokens[index + 1] ?? '')),
    )
  ) {
    return false;
  }
  if (tokens.some((token) => TURKISH_PRODUCT_ONLY.test(token))) {
    return true;
  }
  const isCustomer = (token: string, index: number) =>
    TURKISH_THEIR_CUSTOMERS.test(token) ||
    (token === 'musteri' && !/^(?:temsilci|hizmet)/.test(tokens[index + 1] ?? ''));
  const signs =
    Number(tokens.some((token) => TURKISH_PRODUCT_PARTS.test(token) || TURKISH_PRODUCT_ONLY.test(token))) +
    Number(tokens.some((token) => TURKISH_SETTING_UP.test(token))) +
    Number(tokens.some(isCustomer)) +
    Number(tokens.some((token) => TURKISH_DESK_ITEMS.test(token)));
  return signs >= 2;
}

/** Whether a message's words (folded) set up the product for others rather than ask for a person. */
export function isSettingUpSupport(tokens: readonly string[], language: SignalLocale): boolean {
  if (tokens.some((token) => THE_SPEAKER.has(token)) || tokens.includes('beni') || tokens.includes('bana')) {
    return false;
  }
  return language === 'tr' ? isTurkishSetup(tokens) : isEnglishSetup(tokens);
}
