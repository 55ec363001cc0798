// Word tables for detecting a request for a human, per language; all words are folded (see foldText).

/**
 * The words one language uses to ask for a person; compiled by human-request-languages.ts, read by the grammar
 * (human-request-grammar.ts and the modules it calls).
 */
export interface HumanRequestCues {
  /** Nouns for a person who can take over ("agent", "temsilci"); Turkish ones are stems. */
  strongTargets: readonly string[];
  /** Nouns that only count with a verb of contact ("someone", "biri"). */
  weakTargets: readonly string[];
  /** Words that start like a target but are not one ("operatorum" is a phone carrier). */
  notTargets: readonly string[];
  /** Whole words that look like a target but are not one ("mudur" alone is a question particle). */
  notTargetWords: readonly string[];
  /** Words before a target that make even a weak target a clear person ("real", "gercek"). */
  qualifiers: readonly string[];
  /** Two-word targets ("customer service", "canli destek"); the second word may be a stem. */
  pairTargets: readonly (readonly [string, string])[];
  /** Two-word units asked for only with a verb of contact, never alone ("insan kaynaklarıyla görüşmem lazım"). */
  weakPairTargets?: readonly (readonly [string, string])[];
  /** Words that exclude the target when right before it ("travel agent", "mobil operator"). */
  otherSenseBefore: readonly string[];
  /** A word before and the target word it puts in another sense, only together ("contact person", "switch operators"). */
  otherSensePairs: readonly (readonly [string, string])[];
  /** Words (stems in Turkish) that exclude the target when right after it ("human resources"). */
  otherSenseAfter: readonly string[];
  /** Verbs of contact ("talk", "bagla"); Turkish ones are stems checked with request endings. */
  contactVerbs: readonly string[];
  /** Contact verbs that also count after the target ("a human I can talk to"); all when absent. */
  contactVerbsAfter?: readonly string[];
  /** Verbs of wanting or needing ("want", "istiyorum"). */
  wantVerbs: readonly string[];
  /** Words that may sit between a cue and its target without breaking the link. */
  fillers: readonly string[];
  /** Words after a target that make it a request ("please", "available", "lutfen"). */
  followers: readonly string[];
  /** Words that negate the request. */
  negators: readonly string[];
  /** Words that make a negated question rhetorical ("why can't I talk to a person?"). */
  rhetorical: readonly string[];
  /** Words that make the clause a condition rather than a request ("if I want an agent…"). */
  conditional: readonly string[];
  /** Question words that turn a bare target into a question about it ("insan misin?"). */
  questionWords: readonly string[];
  /** Words that end a clause. */
  clauseBreaks: readonly string[];
}

/** A list of words written as one string, split on white space (line breaks included). */
export const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * What a word for someone names when these follow it: goods and their prices, "human hair", "a representative
 * sample", "an agent price", "a quote", "contact lenses".
 */
export const GOODS_NAMED_AFTER_SOMEONE: readonly string[] = words(
  `hair wig wigs sample samples price prices pricing quote quotes special specials lens lenses`,
);

/**
 * The business's people by their trade ("can the nurse call me back", "put me through to the duty officer", "I'd like
 * my broker to phone me"): weak targets, asked for only with a verb of contact, and no anchor of the model's reading
 * ("I need a doctor" is not put through to anyone).
 */
export const ENGLISH_ROLES: readonly string[] =
  words(`driver drivers technician technicians engineer engineers nurse
  nurses doctor doctors physician physio physiotherapist surgeon dentist optician midwife therapist counselor counsellor teacher teachers
  tutor instructor coach trainer officer officers broker brokers banker recruiter caseworker concierge receptionist
  courier couriers bursar registrar handler coordinator planner accountant lawyer attorney solicitor secretary clerk
  cashier teller underwriter adjuster inspector mechanic installer chef analyst analysts expert experts consultant
  secretaries
  consultants director principal dean vet veterinarian sysadmin authority authorities official officials executive
  executives exec execs hr dispatcher dispatchers moderator moderators techie techies negotiator negotiators
  professional professionals professor professors lecturer lecturers ceo cto cfo coo vp founder cofounder president mayor councillor councilor`);

/** The modals of a question of how: "how do I", "how can we", "how would I" get through, contact, reach. */
export const HOW_MODALS: ReadonlySet<string> = new Set(words(`do can could would should will`));

/** A plea, as chat writes it: "please", "pls", "plz", "kindly". */
export const PLEAS: ReadonlySet<string> = new Set(words(`please pls plz kindly`));

const ASKED_OF_YOU = new Set(words(`can could would will`));

/** Where the words after a question to the one answering ("can you", "could u please") begin; `at` when none opens there. */
export function afterAQuestionToYou(tokens: readonly string[], at: number): number {
  if (!ASKED_OF_YOU.has(tokens[at] ?? '') || (tokens[at + 1] !== 'you' && tokens[at + 1] !== 'u')) {
    return at;
  }
  let after = at + 2;
  while (PLEAS.has(tokens[after] ?? '')) {
    after += 1;
  }
  return after;
}

/** The one spoken to, as chat writes it: "you", "u", "ya". */
export const YOU_WORDS: ReadonlySet<string> = new Set(words(`you u ya`));

/**
 * Words that make someone the business's though "my" or "our" comes first: "our account manager", "my relationship
 * manager", "our success team" are assigned to the customer by the business.
 */
export const ASSIGNED_TO_THE_CUSTOMER: ReadonlySet<string> = new Set(
  words(`account relationship success onboarding implementation`),
);

/** Which of the business's people, by where or when they work: "the store manager", "the duty manager". */
export const PLACES_OF_WORK: ReadonlySet<string> = new Set(
  words(`store shop branch duty floor site shift night day office`),
);

/**
 * Turkish trades read the same way ("eczacıyla görüşmek istiyorum", "avukatınızla görüşebilir miyim"): stems, asked for
 * only by talking, being put through or reached, not by "kuryeye iletin" (a thing passed on) or "ofisi ara".
 */
export const TURKISH_ROLES: readonly string[] = words(
  `eczaci ogretmen avukat kurye poliklinik poliklini ofis mudurlug muhasebe bolum eksper teknisyen tekniker
    muhendis sube konsiyerj buro bankaci zabita bashekim hoca`,
);

/** Verbs of calling or writing to someone, for readings of a call asked of someone ("have the clinic ring me"). */
export const CALLING_VERBS: ReadonlySet<string> = new Set(
  words(`call ring phone contact email text telephone message`),
);

/**
 * Turkish verbs that put someone through only with the one named before them ("operatöre geçmek istiyorum", "bir
 * temsilci verin", "ödemeler ekibine transfer edin"); alone they switch plans, give things or move money, so they
 * anchor no reading of the model.
 */
export const TURKISH_LINKING_VERBS: readonly string[] = words(
  `gecmek gecmem gecebil gecin geciniz gecir verin veriniz transfer`,
);

/** English cues, matched on whole folded tokens with contractions joined (`dont`, `cant`). */
export const ENGLISH_CUES: HumanRequestCues = {
  strongTargets: words(`agent agents human humans representative representatives rep reps operator operators
    manager managers supervisor supervisors person persons staff employee employees advisor advisors adviser
    specialist specialists pharmacist pharmacists admin admins administrator administrators`),
  weakTargets:
    words(`someone somebody anyone anybody some1 sum1 any1 sb smb smbd smbdy sombody somebdy sumbody whoever colleague
    colleagues people team department boss bosses worker workers`).concat(ENGLISH_ROLES),
  notTargets: [],
  notTargetWords: [],
  qualifiers: words(`real live actual human proper`),
  pairTargets: [
    ['customer', 'service'],
    ['customer', 'support'],
    ['customer', 'care'],
    ['customer', 'relations'],
    ['investor', 'relations'],
    ['guest', 'relations'],
    ['human', 'being'],
    // "I want a team member": one of the business's people, as "a staff member" is.
    ['team', 'member'],
    ['team', 'members'],
    ['staff', 'member'],
    ['staff', 'members'],
  ],
  // "connect me to patient services", "can my case worker call me": a unit or a trade in two words; alone, a topic.
  weakPairTargets: [
    ['case', 'worker'],
    ['patient', 'services'],
    ['student', 'services'],
  ],
  otherSenseBefore: words(`travel estate booking shipping customs secret free user monitoring software
    ai virtual automated bot chatbot delivery missing first third per in my his her their its our special double
    property tax cleaning chemical proxy`),
  // "the contact person on my account": a role on the account; "switch operators": carriers.
  otherSensePairs: [
    ['contact', 'person'],
    ['contact', 'persons'],
    // "is tipping the delivery person required?": the one who brings an order, not someone of ours to reach.
    ['delivery', 'person'],
    ['delivery', 'persons'],
    ['delivery', 'people'],
    ['delivery', 'guy'],
    ['delivery', 'man'],
    // "a money agent near me", "the nearest remittance agent": where cash is sent or paid in.
    ['money', 'agent'],
    ['money', 'agents'],
    ['remittance', 'agent'],
    ['remittance', 'agents'],
    ...words(`switch switching change`).flatMap((verb) =>
      words(`operators providers`).map((carrier) => [verb, carrier] as const),
    ),
  ],
  otherSenseAfter: words(`resources resource error errors rights nature trafficking race body software app
    application program version install installer string update process tool id login portal dashboard role
    position license subscription crashed crash fee fees commission code details detail info information records
    mode modes reviews ratings testimonials feedback satisfaction view views seat seats permissions abroad
    overseas limit limits capacity rate rates location locations access privileges panel password passwords
    console notes address addresses parking entrance canteen`).concat(GOODS_NAMED_AFTER_SOMEONE),
  contactVerbs:
    words(`talk speak chat talking speaking chatting contacting reaching connect transfer escalate reach contact call put pass forward switch
    redirect route hand give see meet send callback reconnect loop telephone ring phone`),
  // "I would like the hotel manager to contact me", "could an agent ring me": the person, then the call.
  contactVerbsAfter: words(`talk speak chat call contact ring phone email text telephone ask word`),
  wantVerbs: words(`want wanna need like prefer demand request have get looking ask asking require`),
  fillers:
    words(`a an the to with me us through over on this my our chat call conversation ticket case issue it
    some one of your real live actual proper human customer service support care senior another different
    please pls plz now right away directly immediately asap just be transferred connected able for any else
    english turkish speaking quickly again w from help file make lodge raise complaint`),
  followers: words(`please pls plz available`),
  negators: words(`not no never nobody none neither nor without dont doesnt didnt isnt arent wasnt werent wont
    dnt didnot donot doesnot dosnt dosent doesent didint
    wouldnt cant cannot couldnt shouldnt havent hasnt refuse refused refusing`),
  rhetorical: words(`why`),
  conditional: words(`if unless`),
  questionWords: words(`is are am you`),
  clauseBreaks: words(`but because although though however`),
};

/** Turkish cues; targets and contact verbs are stems, since Turkish adds suffixes ("temsilcisine"). */
export const TURKISH_CUES: HumanRequestCues = {
  strongTargets: words(`temsilci operator yetkili insan yonetici mudur amir calisan personel muhatap`),
  weakTargets: words(`biri birisi birine birisine biriyle birisiyle birini birisini kimse kisi gorevli uzman
    danisman sorumlu ekip ekib departman doktor hekim resepsiyon sekreter hemsire memur danisma santral beyi beye beyle
    hanimi hanima hanimla`).concat(TURKISH_ROLES),
  // "doktorumla konuşmam gerek": one's own doctor, as "my doctor" in English, not the business's.
  notTargets: words(`operatorum birinci birikim kisisel doktorum hekimim sekreterim hemsirem ogretmenim
    avukatim avukatm eczacim mudurum ofisim muduruyum yoneticiyim temsilciyim yetkiliyim departmanimiz
    ekibimiz ekibim beyin beyinde beyine`),
  notTargetWords: words(`mudur`),
  qualifiers: words(`gercek canli yetkili sorumlu`),
  pairTargets: [
    ['musteri', 'hizmet'],
    ['canli', 'deste'],
    ['canli', 'yardim'],
    ['canli', 'sohbet'],
    ['teknik', 'deste'],
    ['cagri', 'merkez'],
    ['teknik', 'servis'],
    ['hasta', 'kabul'],
    // "destek ekibine ihtiyacım var": the support team, a point of contact as "canlı destek" is.
    ['destek', 'ekib'],
    ['destek', 'ekip'],
    // "beyaz masaya bağlar mısın": a municipality's desk for citizens.
    ['beyaz', 'masa'],
  ],
  // "insan kaynaklarına bağlayın", "öğrenci işleriyle görüşmem lazım", "bilgi işlemle görüşmek istiyorum", "idari işler
  // arasın": a unit of the business; alone, a topic.
  weakPairTargets: [
    ['insan', 'kaynak'],
    ['ogrenci', 'isler'],
    ['bilgi', 'islem'],
    ['idari', 'isler'],
  ],
  otherSenseBefore: words(`mobil gsm hat acente acentesi emlak seyahat`),
  otherSensePairs: [],
  otherSenseAfter:
    words(`kaynak hak gibi olarak doga servis bayi satici imza hata ucret ayar degis kodu mod panel
    sifre sayfa rol alim ilan`),
  contactVerbs: words(
    `baglan bagla konus gorus aktar yonlendir ulas ilet cagir ara ari devret havale eskale yazis`,
  ).concat(TURKISH_LINKING_VERBS),
  wantVerbs:
    words(`istiyorum istiyoruz istiyom isterim isteriz isterdim istiyordum lazim lazimdi gerek gerekiyor
    gerekli gerekir ihtiyacim ihtiyacimiz ihtiyac rica talep bekliyorum bekliyoruz beklerim bekleyecegim beklicem`),
  fillers:
    words(`beni bizi bana bize benimle bizimle benle bir bi ile lutfen hemen acil acilen simdi artik direkt direk dogrudan
    yardim yardimci en kisa surede sizin sizden gercek canli baska musteri misin misiniz musun musunuz miyim mi mu ya
    da de bu hanim hanima hanimla bey beye beyle tekrar yeniden geri telefonda telefonla bugun yarin mutlaka derhal
    ivedilikle nasil`),
  followers: words(`lutfen`),
  // "konuşmam gerekmeden": without needing to; "temsilciye gerek kalmadı": no need any more. Chat drops the "r" of
  // "-miyorum": "istemiyom", "istemiyoz", "istemiyo".
  negators:
    words(`istemiyorum istemiyoruz istemem istemeyiz istemez istemiyor istemiyom istemiyoz istemiyo gerekmez
    gerekmiyor gereksiz gerekmeden zorunda yok degil degilim kalmadi`),
  rhetorical: words(`neden niye nicin`),
  conditional: words(`eger`),
  questionWords: words(`mi mu misin musun misiniz musunuz miyim`),
  clauseBreaks: words(`ama fakat ancak cunku oysa halbuki`),
};

/** Turkish verbs of wanting as a set, for the readings that ask whether a line wishes anything at all. */
export const TURKISH_WANTS: ReadonlySet<string> = new Set(TURKISH_CUES.wantVerbs);
/**
 * Turkish words for when a call or an answer is wanted, as the call-back readings read them before the verb: "beni
 * yarın arayın", "bana akşam dönün", "şimdi ara".
 */
export const TURKISH_CALL_TIMES: readonly string[] = words(
  `hemen simdi bugun yarin sabah oglen ogle aksam aksamustu gece birazdan sonra`,
);
/** Turkish nouns of getting in touch in the dative: "iletişime geç", "irtibata geçin", "bağlantıya geçmek". */
export const TURKISH_TOUCH_NOUNS: ReadonlySet<string> = new Set(
  words(`iletisime irtibata baglantiya temasa`),
);

/**
 * "teknik destek" alone names a topic, as "technical support" alone does: a department's name with no word that asks
 * ("canlı destek" and "müşteri hizmetleri" name a point of contact and ask).
 */
export function isTechnicalSupportAlone(tokens: readonly string[]): boolean {
  return tokens.length === 2 && tokens[0] === 'teknik' && tokens[1] === 'destek';
}
