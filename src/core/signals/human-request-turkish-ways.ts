// Turkish ways of asking for the business's people that the other readings leave, read by the grammar: support asked
// for as a thing to get or by a line ("canlı destek alabilir miyim", "nasıl destek alabilirim", "telefonla destek var
// mı"), reaching asked as possible ("size ulaşmak mümkün mü"), a branch to call ("en yakın şubeyi aramak istiyorum"),
// whom a document goes to ("dekontu kime atacağım"), someone's call wished ("biri arasa da bilgi verse"), a talk needed
// or proposed ("acilen görüşmem lazım", "iletişime geçelim", "müsait olduğunuzda görüşelim"), where to take a complaint,
// the business's e-mail named as a fragment ("acme mail adresi"), automatic answers refused ("bana otomatik cevap
// yollamayın"), the speaker's leave to reach the business ("size mail gönderebilir miyim") and the call not made, asked
// as a reproach ("beni aramaz mısınız").
import { TURKISH_TOUCH_NOUNS, words } from './human-request-cues.js';
import { ASKED_ME, HOW, YOU_THE_BUSINESS } from './human-request-turkish-asking.js';
import { isTurkishPerson } from './model-anchor-words.js';

// "canlı destek alabilir miyim", "müşteri desteği almak istiyorum", "telefonla destek var mı", "e-posta ile destek
// alabilir miyim", "WhatsApp üzerinden destek veriyor musunuz": support with people or by a line of people, asked for
// or asked whether it is given; "nasıl destek alabilirim": how to get it. "bu konuda destek alabilir miyim" asks the
// one answering for help, "teknik destek sağlıyor mu" asks of a service.
const PEOPLE_SUPPORT = new Set(words(`canli musteri teknik`));
const SUPPORT_LINES = /^(?:telefon|whatsapp|posta|eposta|mail|sesli|gorun)/;
const BY_A_LINE = new Set(words(`ile ustunden uzerinden araciligiyla`));
const SUPPORT = /^deste(?:k|g[iu])$/;
// "alabilir miyim", "var mı", "veriyor musunuz": got or given, asked; "almak istiyorum": wished.
const GOT_OR_GIVEN = /^(?:alabilir|var|veriyor|sunuyor)$/;
const QUESTION_PARTICLE = /^m[iu]/;
const GET_BY_ME = /^al(?:abilir[iu][mz]|ir[iu][mz])$/;
const WISHED = new Set(words(`istiyorum istiyoruz isterim isteriz`));

function asksForSupport(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!SUPPORT.test(token)) {
      return false;
    }
    const verb = tokens[index + 1] ?? '';
    const after = tokens[index + 2] ?? '';
    // "sorun yaşarsam nasıl destek alabilirim": how to get support, asked.
    if (HOW.has(tokens[index - 1] ?? '')) {
      return GET_BY_ME.test(verb);
    }
    // "canlı destek alabilir miyim": got, asked ("canlı destek sunuyor musunuz" asks what is offered).
    if (PEOPLE_SUPPORT.has(tokens[index - 1] ?? '')) {
      return (
        (verb === 'alabilir' && QUESTION_PARTICLE.test(after)) ||
        GET_BY_ME.test(verb) ||
        (verb === 'almak' && WISHED.has(after))
      );
    }
    const line = BY_A_LINE.has(tokens[index - 1] ?? '') ? index - 2 : index - 1;
    return SUPPORT_LINES.test(tokens[line] ?? '') && GOT_OR_GIVEN.test(verb) && QUESTION_PARTICLE.test(after);
  });
}

// "size ulaşmam mümkün mü", "bir yetkiliyle görüşmek mümkün mü", "mümkünmü" typed as one word: reaching the business or
// its people asked as possible; "internete bağlanmak mümkün mü", "siteye ulaşmak mümkün mü" reach a thing.
const REACHING_NOUN = /^(?:ulasma|gorusme|konusma|baglanma)(?:m|k|m[iu]z)$/;
const POSSIBLE_ASKED = /^mumkun(?:mu|mudur)$/;
const QUESTION = /^m[iu](?:dur)?$/;
const OPENING = new Set(words(`peki acaba telefonla telefondan`));

function isPossibleAsked(tokens: readonly string[], index: number): boolean {
  return (
    POSSIBLE_ASKED.test(tokens[index + 1] ?? '') ||
    (tokens[index + 1] === 'mumkun' && QUESTION.test(tokens[index + 2] ?? ''))
  );
}

function asksWhetherReachingIsPossible(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!REACHING_NOUN.test(token) || !isPossibleAsked(tokens, index)) {
      return false;
    }
    const before = tokens[index - 1] ?? '';
    return before === '' || YOU_THE_BUSINESS.has(before) || OPENING.has(before) || isTurkishPerson(before);
  });
}

// "en yakın şubeyi aramak istiyorum", "mağazayı arayabilir miyim": a place of the business to call.
const PLACE_CALLED =
  /^(?:sube|magaza|ofis|merkez|buro|klinig|hastane|resepsiyon|santral)(?:y[iu]|[iu]|n[iu]z[iu])$/;
const TO_CALL = /^ara(?:mak|yabilir)$/;

function asksToCallAPlace(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    const next = tokens[index + 1] ?? '';
    const after = tokens[index + 2] ?? '';
    return (
      PLACE_CALLED.test(token) &&
      TO_CALL.test(next) &&
      (next === 'aramak' ? WISHED.has(after) : ASKED_ME.test(after))
    );
  });
}

// "dekontu kime atacağım", "belgeleri kime göndermeliyim", "hangi numaraya atmalıyım": whom a document goes to, asked.
const SENDING_ASKED =
  /^(?:at|gonder|ilet|yolla)(?:[ae]c[ae][gk][iu]m|m[ae]l[iu]y[iu]m|[ae]y[iu]m|[iu]?yor[iu]m)$/;

function asksWhomToSendTo(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      (token === 'kime' || (token === 'hangi' && /^(?:numara|adres|mail)/.test(tokens[index + 1] ?? ''))) &&
      tokens.slice(index + 1, index + 4).some((word) => SENDING_ASKED.test(word)),
  );
}

// "biri arasa da bilgi verse", "keşke bir yetkili dönse": someone's call or answer wished, in the optative.
const WISHED_CALL = /^(?:arasa|donse|ulassa)$/;
const SOMEONE = new Set(words(`biri birisi bi kimse`));
const REFUSED_AFTER = /^(?:bile|acma|acmam|acmayacag)/;

function wishesSomeoneCalled(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      WISHED_CALL.test(token) &&
      (SOMEONE.has(tokens[index - 1] ?? '') || isTurkishPerson(tokens[index - 1] ?? '')) &&
      !tokens.slice(index + 1).some((word) => REFUSED_AFTER.test(word)),
  );
}

// "müsait olduğunuzda görüşelim", "uygun olduğunuzda konuşabilir miyiz": a talk with the business, when it is free.
const WHEN_YOU_ARE_FREE = new Set(words(`musait uygun bos`));
const FREE_YOU = /^(?:oldugunuz(?:da)?|iseniz|oldugunda|oldugun(?:da)?|isen)$/;
const TALK_PROPOSED = /^(?:gorus|konus)(?:el[iu]m|[ae]b[iu]l[iu]r)$/;

function proposesATalkWhenFree(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      WHEN_YOU_ARE_FREE.has(token) &&
      FREE_YOU.test(tokens[index + 1] ?? '') &&
      tokens.slice(index + 2).some((word) => TALK_PROPOSED.test(word)),
  );
}

// "acme mail adresi", "bera ar ge yazılım mail adresi": the business's e-mail asked by a fragment of its name and the
// line. "yeni mail adresi", "annemin mail adresi" are a new one, someone's own.
const FRAGMENT_MOST = 6;
const MAIL_WORD = /^(?:e?mail|eposta|posta)$/;
const NOT_A_NAME =
  /^(?:yeni|eski|farkli|baska|dogru|yanlis|gecerli|kendi|benim|bizim|onun|ikinci|yedek|kisisel|ozel|is)$|n[iu]n$/;

function namesTheBusinessMail(tokens: readonly string[]): boolean {
  const last = tokens.length - 1;
  if (tokens.length < 3 || tokens.length > FRAGMENT_MOST || tokens[last] !== 'adresi') {
    return false;
  }
  const mail = tokens[last - 1] === 'posta' && tokens[last - 2] === 'e' ? last - 2 : last - 1;
  return (
    MAIL_WORD.test(tokens[mail] ?? '') &&
    mail >= 1 &&
    !tokens.slice(0, mail).some((word) => NOT_A_NAME.test(word))
  );
}

// "bana otomatik bir cvp yollamayın artık": the automatic answer refused, the bot's own.
const AUTOMATIC_ANSWER = /^(?:cevap|cvp|yanit|mesaj|mail)(?:lar)?$/;
const DO_NOT_SEND = /^(?:yolla|gonder|at|ver)m[ae]y[iu]n(?:[iu]z)?$/;

function refusesAutomaticAnswers(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'otomatik' &&
      tokens.slice(index + 1, index + 3).some((word) => AUTOMATIC_ANSWER.test(word)) &&
      tokens.slice(index + 2, index + 5).some((word) => DO_NOT_SEND.test(word)),
  );
}

// "acilen görüşmem lazım", "sizinle konuşmamız gerekiyor": the speaker's need to talk, no one else named; "annemle
// görüşmem lazım" is an errand with someone of the speaker's own.
const MY_TALK = /^(?:gorusme|konusma)(?:m|m[iu]z)$/;
const NEEDED = new Set(words(`lazim gerek gerekiyor gerekli sart`));
const BEFORE_MY_TALK = new Set(
  words(`acilen acil hemen simdi bugun sizinle sizle sizlerle biriyle birisiyle bir an once`),
);

function needsToTalk(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      MY_TALK.test(token) &&
      NEEDED.has(tokens[index + 1] ?? '') &&
      tokens.slice(0, index).every((word) => BEFORE_MY_TALK.has(word)),
  );
}

// "iletişime geçelim", "irtibata geçebilir miyiz", "görüşme ayarlayalım": getting in touch with the business proposed
// by the speaker and it together; "annemle iletişime geçelim" names another.
const LET_US = /^gec(?:elim|ebilir)$/;
const MAY_WE = /^m[iu]y[iu]z$/;
const ARRANGE = /^ayarla(?:yalim|yabilir|mak)$/;
const WITH_ANOTHER = /(?:y?l[ae])$/;

function proposesGettingInTouch(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    const next = tokens[index + 1] ?? '';
    const after = tokens[index + 2] ?? '';
    const before = tokens.slice(0, index);
    if (before.some((word) => WITH_ANOTHER.test(word) && word !== 'sizinle' && word !== 'sizle')) {
      return false;
    }
    if (TURKISH_TOUCH_NOUNS.has(token) && LET_US.test(next)) {
      return next === 'gecelim' || MAY_WE.test(after);
    }
    // "bir görüşme ayarlayalım", "görüşme ayarlayabilir miyiz"
    return (
      token === 'gorusme' &&
      ARRANGE.test(next) &&
      (next === 'ayarlayalim' || MAY_WE.test(after) || (next === 'ayarlamak' && WISHED.has(after)))
    );
  });
}

// "şikayetleri nereye yazabilirim", "önerimi nereye iletebilirim": where to take a complaint or a suggestion to the
// business, asked; "bu kelimeyi nereye yazabilirim" asks where to type, "dekontu nereye göndermeliyim" where a
// document goes.
const GRIEVANCES = /^(?:sikayet|oneri|itiraz|geri ?bildirim|dilek)/;
const WRITE_WHERE =
  /^(?:yaz|ilet|bildir)(?:abilir[iu]m|ebilir[iu]m|ar[iu]m|er[iu]m|mal[iu]y[iu]m|meli?y[iu]m)$/;

function asksWhereToWrite(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'nereye' &&
      WRITE_WHERE.test(tokens[index + 1] ?? '') &&
      tokens.slice(0, index).some((word) => GRIEVANCES.test(word)),
  );
}

// "beni aramaz mısınız", "bana dönmez misiniz" (won't you call me), "neden beni aramıyorsunuz": the call not made,
// asked as a reproach, which asks for it; "neden beni aradınız" asks why one was made.
const REACHING_NOT = /^(?:ara|don|bagla|aktar|ulas)m[ae]z$/;
const REACHING_NOT_NOW = /^(?:ara|don|bagla|aktar|ulas)m[iu]yorsunuz$/;
const WHY = new Set(words(`neden niye nicin`));
const THE_SPEAKER_REACHED = new Set(words(`beni bana bizi bize`));

// "beni hâlâ aramaz mısınız", "bana artık dönmez misiniz": words of time between.
const STILL = new Set(words(`hala artik hemen daha bir bi`));

function reproachesTheCallNotMade(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    let speaker = index - 1;
    while (STILL.has(tokens[speaker] ?? '') && speaker > index - 3) {
      speaker -= 1;
    }
    return (
      THE_SPEAKER_REACHED.has(tokens[speaker] ?? '') &&
      ((REACHING_NOT.test(token) && /^m[iu]s[iu]n(?:[iu]z)?$/.test(tokens[index + 1] ?? '')) ||
        (REACHING_NOT_NOW.test(token) && WHY.has(tokens[speaker - 1] ?? '')))
    );
  });
}

/** Whether a Turkish clause asks for the business's people in one of the ways above. */
export function asksForPeopleOtherwise(tokens: readonly string[]): boolean {
  return (
    asksForSupport(tokens) ||
    asksWhetherReachingIsPossible(tokens) ||
    asksToCallAPlace(tokens) ||
    asksWhomToSendTo(tokens) ||
    wishesSomeoneCalled(tokens) ||
    proposesATalkWhenFree(tokens) ||
    namesTheBusinessMail(tokens) ||
    refusesAutomaticAnswers(tokens) ||
    needsToTalk(tokens) ||
    reproachesTheCallNotMade(tokens) ||
    proposesGettingInTouch(tokens) ||
    asksWhereToWrite(tokens)
  );
}
