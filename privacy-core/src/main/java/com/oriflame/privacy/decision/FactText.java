package com.oriflame.privacy.decision;

/**
 * The facts a decision can rest on, in Kyrgyz, Russian and English, with numbered places ({@code
 * {0}}, {@code {1}}, ...) for ids, dates and localised words. Facts name policy ids, dates,
 * channels and codes, never personal data.
 */
enum FactText {
  SUBJECT_UNKNOWN(
      "{0} күнү субъекттин профили белгисиз",
      "профиль субъекта на {0} неизвестен",
      "no profile of the subject is known on {0}"),
  CATEGORY_NOT_IN_PURPOSE(
      "{0} категориясы {1} максатынын категорияларына кирбейт",
      "категория {0} не входит в категории цели {1}",
      "category {0} is not among the categories of purpose {1}"),
  OPERATION_NOT_IN_PURPOSE(
      "{0} операциясы {1} максатынын операцияларына кирбейт",
      "операция «{0}» не входит в операции цели {1}",
      "operation {0} is not among the operations of purpose {1}"),
  MODE_NOT_IN_PURPOSE(
      "{0} иштетүү {1} максатынын ыкмаларына кирбейт",
      "{0} обработка не входит в способы обработки цели {1}",
      "{0} processing is not among the modes of purpose {1}"),
  CATEGORY_NOT_PROVIDED(
      "{0} категориясы берилген эмес",
      "категория {0} не предоставлена",
      "category {0} was not provided"),
  NEVER_STORED(
      "{0} операциясы {1} категориясын жазат, ал эч качан сакталбайт",
      "операция «{0}» записывает категорию {1}, которая никогда не хранится",
      "operation {0} writes category {1}, which is never stored"),
  CREDENTIAL(
      "{0} категориясы – кирүү маалыматы, ал эч качан берилбейт",
      "категория {0} – учётные данные, они никогда не раскрываются",
      "category {0} is a credential and is never disclosed"),
  RECIPIENT_MISSING(
      "{1} максаты үчүн {0} операциясында алуучу көрсөтүлгөн эмес; максат маалыматты {2} гана берет",
      "операция «{0}» для цели {1} не называет получателя; цель раскрывает данные только {2}",
      "operation {0} for purpose {1} names no recipient; the purpose discloses only to {2}"),
  RECIPIENT_NOT_IN_PURPOSE(
      "{0} алуучусу {1} максатынын алуучуларына кирбейт",
      "получатель {0} не входит в получателей цели {1}",
      "recipient {0} is not among the recipients of purpose {1}"),
  RECIPIENT_CATEGORY(
      "{0} алуучусу {1} категориясын ала албайт",
      "получатель {0} не может получать категорию {1}",
      "recipient {0} may not receive category {1}"),
  RECIPIENT_DATA_FORM(
      "{0} алуучусу {1} маалыматтарды алат; суроо {2} маалыматтарды берет",
      "получатель {0} получает {1} данные; запрос раскрывает {2} данные",
      "recipient {0} receives {1} data; the request releases {2} data"),
  PROCESSOR_NEEDS_REGISTRATION(
      "маалыматтарды {0} иштетүүчүсүнө субъект катталууда саясатты кабыл алгандан кийин гана тапшырууга болот",
      "данные можно поручить обработчику {0} только после принятия субъектом политики при регистрации",
      "data may be entrusted to processor {0} only after the subject accepted the policy at registration"),
  NO_PRODUCT_LINE(
      "суроодо продукция линиясы көрсөтүлгөн эмес; маркетинг мурда сатылып алынган же суралган товарларга окшош товарлар жөнүндө гана болушу мүмкүн",
      "в запросе не указана линия продукции; маркетинг может касаться только товаров, похожих на ранее купленные или запрошенные",
      "the request names no product line; marketing may only concern goods similar to earlier purchases or enquiries"),
  PRODUCT_LINE_NOT_BOUGHT(
      "'{0}' продукция линиясы субъекттин сатып алуу же суроо тарыхында жок",
      "линии продукции «{0}» нет в истории покупок или запросов субъекта",
      "product line '{0}' is not in the subject's purchase or enquiry history"),
  NO_MONETARY_CLAIM(
      "компаниянын субъектке ачык акчалай талабы жок",
      "у компании нет открытого денежного требования к субъекту",
      "the company has no open monetary claim against the subject"),
  NO_CREDIT_ASSESSMENT(
      "субъекттин келишими кредиттик баалоону талап кылбайт",
      "договор субъекта не требует кредитной оценки",
      "the subject's contract does not require a credit assessment"),
  NOT_A_POLICY_PURPOSE(
      "{0} максаты §2 максаттарынын бири эмес",
      "цель {0} не относится к целям §2",
      "purpose {0} is not one of the purposes of §2"),
  NOT_REGISTERED(
      "субъект катталууда саясатты кабыл алган эмес",
      "субъект не принял политику при регистрации",
      "the subject has not accepted the policy at registration"),
  NO_LEGAL_DEMAND(
      "суроону мыйзамдуу талап же жөнгө салуучунун суроосу колдобойт",
      "запрос не подкреплён законным требованием или запросом регулятора",
      "no legal demand or regulator request backs the request"),
  AUTHORITY_WITHOUT_GROUND(
      "{0} органына маалымат берүү үчүн мыйзамдуу талап же катталган талаш-тартыш же алдамчылык иши негиз болушу керек; суроодо негиз жок",
      "раскрытие органу {0} требует законного требования или зарегистрированного спора или расследования мошенничества; в запросе основания нет",
      "a disclosure to authority {0} needs a legal demand or a recorded dispute or fraud investigation as its ground; the request states none"),
  CASE_NOT_RECORDED(
      "суроо {0} ишине таянат, бирок {1} күнү субъект үчүн мындай иш катталган эмес",
      "запрос ссылается на дело ({0}), но на {1} такое дело для субъекта не зарегистрировано",
      "the request rests on a {0} case, but no such case is recorded for the subject on {1}"),
  BUYER_WITHOUT_TRANSFER(
      "{0} сатып алуучусуна маалымат берүү үчүн катталган бизнести өткөрүп берүү негиз болушу керек; суроодо ал жок",
      "раскрытие покупателю {0} требует зарегистрированной передачи бизнеса как основания; в запросе её нет",
      "a disclosure to business buyer {0} needs a recorded business transfer as its ground; the request names none"),
  TRANSFER_NOT_RECORDED(
      "{0} бизнести өткөрүп берүү катталган эмес",
      "передача бизнеса {0} не зарегистрирована",
      "business transfer {0} is not recorded"),
  TRANSFER_NOT_IN_FORCE(
      "{1} сатып алуучусуна {0} бизнести өткөрүп берүү {2} күнү күчүндө эмес",
      "передача бизнеса {0} покупателю {1} не действует на {2}",
      "business transfer {0} to {1} is not in force on {2}"),
  TRANSFER_NOT_DECLARED(
      "{0} максатын, {1} алуучусун жана бул категорияларды камтыган чек арадан тышкары берүү жарыяланган эмес",
      "никакая объявленная трансграничная передача не охватывает цель {0}, получателя {1} и эти категории",
      "no declared transfer abroad covers purpose {0}, recipient {1} and these categories"),
  RECIPIENT_NOT_ABROAD(
      "{0} алуучусу чет өлкөдө болушу мүмкүн деп белгиленген эмес",
      "получатель {0} не отмечен как возможно находящийся за рубежом",
      "recipient {0} is not marked as possibly abroad"),
  NO_DESTINATION(
      "суроодо баруучу өлкө көрсөтүлгөн эмес; {0} берүүсү {1} өлкөлөрүн жарыялайт",
      "в запросе не указана страна назначения; передача {0} объявляет {1}",
      "the request names no destination country; transfer {0} declares {1}"),
  DESTINATION_NOT_DECLARED(
      "{0} баруучу өлкөсү {1} берүүсү жарыялаган өлкөлөргө кирбейт: {2}",
      "страна назначения {0} не входит в страны, объявленные передачей {1}: {2}",
      "destination country {0} is not among those transfer {1} declares: {2}"),
  TRANSFER_NEEDS_REGISTRATION(
      "{0} берүүсү катталууда берилген макулдукка таянат, бирок субъект катталган эмес",
      "передача {0} основана на согласии, данном при регистрации, а субъект не зарегистрирован",
      "transfer {0} rests on the consent given at registration, and the subject has not registered"),
  ERASED(
      "субъекттин маалыматтары жок кылынган",
      "данные субъекта удалены",
      "the subject's data was erased"),
  BLOCKED(
      "{0} категориясын иштетүүгө \"{1}\" негизинде бөгөт коюлган; сактоо, бөгөт коюу, жок кылуу жана мыйзамдуу талап боюнча мыйзамдык милдеттер гана калат",
      "обработка категории {0} заблокирована по основанию «{1}»; остаются только хранение, блокирование, уничтожение и законные обязанности по законному требованию",
      "processing of category {0} is blocked ({1}); only storage, blocking, destruction and legal duties under a legal demand stay allowed"),
  RESTRICTED(
      "субъекттин маалыматтарын {0} максатында колдонуу чектелген",
      "использование данных субъекта для цели {0} ограничено",
      "the subject's data is restricted for purpose {0}"),
  ACCOUNT_CLOSED(
      "эсеп {0} күнү жабылган; {1} максаты жабылгандан кийин сакталбайт",
      "учётная запись закрыта {0}; цель {1} не сохраняется после закрытия",
      "account closed on {0}; purpose {1} does not survive closure"),
  HELD(
      "\"{0}\" кармоосу {1} категориясын камтыйт; кармоо күчүндө турганда аны жок кылууга же ээсиздендирүүгө болбойт",
      "удержание «{0}» распространяется на категорию {1}; пока оно действует, её нельзя уничтожить или обезличить",
      "a {0} hold covers category {1}; it may not be destroyed or depersonalized while the hold lasts"),
  RETENTION_RAN_OUT(
      "{1} категориясы үчүн {0} сактоо эрежеси {2} күнү бүттү",
      "срок правила хранения {0} для категории {1} истёк {2}",
      "retention rule {0} for category {1} ran out on {2}"),
  RETENTION_RAN_OUT_ASSUMED(
      "{1} категориясы үчүн {0} сактоо эрежеси {2} күнү бүттү; {3} күнү берилген эмес, ошондуктан белгилүү эң эрте күн ({4}) алынды",
      "срок правила хранения {0} для категории {1} истёк {2}; дата {3} не указана, поэтому принята самая ранняя известная дата ({4})",
      "retention rule {0} for category {1} ran out on {2}; no {3} date was given, so the earliest date known ({4}) was assumed"),
  DISPOSAL_DUE(
      "{1} категориясы үчүн {0} сактоо эрежеси {2} күнү бүттү; анын аракети – {3}, маалыматтарды жок кылууга, ээсиздендирүүгө же бөгөт коюуга уруксат",
      "срок правила хранения {0} для категории {1} истёк {2}; его действие – {3}, уничтожение, обезличивание и блокирование разрешены",
      "retention rule {0} for category {1} ran out on {2}; its action is to {3}, and destruction, depersonalization and blocking are permitted"),
  OBJECTION_RAISED(
      "{0} каршылыгы {1} күнү {2} аркылуу билдирилген",
      "возражение {0} заявлено {1} через: {2}",
      "objection {0} raised on {1} by {2}"),
  NO_ACCEPTANCE(
      "саясатты кабыл алуу катталган эмес",
      "принятие политики не зарегистрировано",
      "no acceptance of the policy is recorded"),
  ONLY_CONTINUED_USE(
      "сайтты колдонууну улантуу менен кабыл алуу гана катталган (§9); макулдукка негизделген максаттарга катталуудагы кабыл алуу (CAF) керек",
      "зарегистрировано только принятие продолжением пользования сайтом (§9); целям на основе согласия нужно принятие при регистрации (CAF)",
      "only an acceptance by continued use of the website (§9) is recorded; consent-based purposes need the registration acceptance (CAF)"),
  ACCEPTANCE_BY_WRONG_PARTY(
      "саясатты {0} күнү {1} кабыл алган, ал аны ошол учурда кабыл ала алган эмес",
      "политика принята {0} лицом «{1}», которое тогда не могло её принять",
      "the policy was accepted on {0} by {1}, who could not accept it then"),
  AGE_UNKNOWN(
      "субъекттин туулган күнү белгисиз, ошондуктан багуучу аракет кылышы керекпи, билүүгө болбойт",
      "дата рождения субъекта неизвестна, поэтому нельзя определить, должен ли действовать опекун",
      "the subject's birth date is unknown, so it cannot be told whether a guardian must act"),
  GUARDIAN_NOT_IDENTIFIED(
      "субъект жашы жете элек, ал эми багуучунун инсандыгы ({0}) берилген эмес",
      "субъект несовершеннолетний, а личность опекуна ({0}) не предоставлена",
      "the subject is a minor and the guardian's identity ({0}) was not provided"),
  NO_CONSENT(
      "{0} максатына макулдук катталган эмес",
      "согласие на цель {0} не зарегистрировано",
      "no consent to purpose {0} is recorded"),
  CONSENT_BY_WRONG_PARTY(
      "макулдукту {0} күнү {1} берген, ал аны ошол учурда бере алган эмес",
      "согласие дано {0} лицом «{1}», которое тогда не могло его дать",
      "consent given on {0} by {1}, who could not give it then"),
  CONSENT_WITHDRAWN(
      "макулдук {0} күнү {1} аркылуу кайтарылып алынган",
      "согласие отозвано {0} через: {1}",
      "consent withdrawn on {0} by {1}"),
  CONSENT_EXPIRED(
      "{0} күнү берилген макулдуктун мөөнөтү {1} күнү бүткөн",
      "согласие, данное {0}, истекло {1}",
      "consent given on {0} expired on {1}"),
  RECONSENT_REQUIRED(
      "макулдук {0} редакциясында берилген; {1} максаты андан кийин кеңейтилген",
      "согласие дано по редакции {0}; цель {1} с тех пор расширена",
      "consent given under revision {0}; purpose {1} was widened since"),
  NOTICE_NOT_GIVEN(
      "макулдук үчүнчү жактардын маркетинги тууралуу кабарлоосуз {0} аркылуу чогултулган",
      "согласие собрано через «{0}» без уведомления о маркетинге третьих лиц",
      "the consent was collected by {0} without the third-party marketing notice"),
  CONSENT_IN_FORCE(
      "макулдукту {0} күнү {1} аркылуу {2} берген",
      "согласие дано {0} через «{1}» ({2})",
      "consent given on {0} by {1} ({2})"),
  CONSENT_IN_FORCE_UNTIL(
      "макулдукту {0} күнү {1} аркылуу {2} берген, {3} чейин жарактуу",
      "согласие дано {0} через «{1}» ({2}), действует до {3}",
      "consent given on {0} by {1} ({2}), valid until {3}"),
  NO_CONTRACT(
      "субъект менен келишим катталган эмес",
      "договор с субъектом не зарегистрирован",
      "no contract with the subject is recorded"),
  CONTRACT_NOT_STARTED(
      "келишим {0} күнү башталат",
      "договор начинается {0}",
      "the contract starts on {0}"),
  CONTRACT_IN_FORCE(
      "келишим {0} күндөн бери күчүндө",
      "договор действует с {0}",
      "contract in force since {0}"),
  CONTRACT_ENDED(
      "келишим {0} күнү аяктаган",
      "договор прекращён {0}",
      "contract ended on {0}"),
  SURVIVES_CLOSURE(
      "келишим {0} күнү аяктаган; {1} максаты андан кийин да сакталат",
      "договор прекращён {0}; цель {1} сохраняется после него",
      "contract ended on {0}; purpose {1} survives it"),
  LEGAL_OBLIGATION(
      "{0} максаты – мыйзамдык милдет",
      "цель {0} – обязанность по закону",
      "purpose {0} is a legal obligation"),
  LEGITIMATE_INTEREST(
      "{0} максаты оператордун мыйзамдуу кызыкчылыгына таянат ({1}); саясат {2} күнү кабыл алынган",
      "цель {0} основана на законном интересе оператора ({1}); политика принята {2}",
      "purpose {0} rests on the operator's legitimate interest ({1}); the policy was accepted on {2}"),
  STRICTLY_NECESSARY(
      "{0} максаты сайттын коопсуздугу үчүн зарыл; ага саясатты кабыл алуу керек эмес",
      "цель {0} строго необходима для безопасности сайта; принятие политики для неё не нужно",
      "purpose {0} is strictly necessary to keep the site safe; it needs no acceptance of the policy"),
  OTHER_BASIS(
      "{0} максаты {1} негизине таянат; саясат {2} күнү кабыл алынган",
      "цель {0} основана на {1}; политика принята {2}",
      "purpose {0} rests on {1}; the policy was accepted on {2}"),
  STORE_UNAVAILABLE(
      "субъекттин же макулдуктардын маалымат базасын окуу мүмкүн болгон жок",
      "не удалось прочитать хранилище субъектов или согласий",
      "the subject or consent store could not be read"),
  NO_GROUND_TO_PERMIT(
      "саясаттын бир да эрежеси бул суроого уруксат берүүгө негиз бербейт",
      "ни одно правило политики не даёт основания разрешить этот запрос",
      "no rule of the policy gives a ground to permit this request"),
  COOKIE_ESSENTIAL(
      "{0} куки категориясы зарыл",
      "категория cookie {0} необходима",
      "cookie category {0} is essential"),
  COOKIE_REFUSED(
      "{0} куки категориясы {1} күнү {2} аркылуу четке кагылган",
      "категория cookie {0} отклонена {1} через: {2}",
      "cookie category {0} refused on {1} by {2}"),
  COOKIE_NEEDS_CONSENT(
      "{0} куки категориясына макулдук керек, ал катталган эмес",
      "для категории cookie {0} нужно согласие, а оно не зарегистрировано",
      "cookie category {0} needs consent and none is recorded"),
  COOKIE_ALLOWED(
      "{0} куки категориясына {1} күнү уруксат берилген",
      "категория cookie {0} разрешена {1}",
      "cookie category {0} allowed on {1}"),
  COOKIE_BY_ACCEPTANCE(
      "{0} куки категориясы четке кагылган эмес жана саясат {1} күнү кабыл алынган",
      "категория cookie {0} не отклонена, и политика принята {1}",
      "cookie category {0} is not refused and the policy was accepted on {1}"),
  COOKIE_NOT_ACCEPTED(
      "{0} куки категориясына уруксат берилген эмес жана саясатты кабыл алуу катталган эмес",
      "категория cookie {0} не разрешена, и принятие политики не зарегистрировано",
      "cookie category {0} is neither allowed nor covered by an acceptance of the policy"),
  COOKIE_OBJECTION(
      "{1} күнү {2} аркылуу билдирилген {0} каршылыгы бул кукилердин {3} максатын камтыйт",
      "возражение {0}, заявленное {1} через «{2}», распространяется на цель {3} этих cookie",
      "objection {0} raised on {1} by {2} covers purpose {3} of these cookies"),
  ONWARD_TRANSFER(
      "Консультант {0} маалыматтарын мыйзамда каралбаса андан ары бере албайт; мыйзам талап кылган берүү компания аркылуу өтөт",
      "консультант не передаёт данные категорий {0} дальше, если закон не предусматривает иное; передача по требованию закона идёт через компанию",
      "a Consultant does not pass data of {0} on unless the law provides otherwise; a disclosure the law demands goes through the company"),
  ENTRUSTED_WITHOUT_CONSENT(
      "{0} максаты {1} негизинде; Консультант субъекттин макулдугу менен гана иштетет",
      "цель {0} основана на «{1}»; консультант обрабатывает доверенные данные только с согласия субъекта",
      "purpose {0} rests on {1}; a Consultant processes entrusted data only with the data subject's consent"),
  ENTRUSTED_NOT_A_POLICY_PURPOSE(
      "{0} максаты саясаттын 2-бөлүмүнүн максаты эмес",
      "цель {0} не является целью раздела 2 политики",
      "purpose {0} is not a purpose of §2 of the policy"),
  MANDATE_CANCELLED(
      "Консультанттын каттоосу {0} күнү жокко чыгарылган",
      "регистрация консультанта отменена {0}",
      "the Consultant's registration was cancelled on {0}"),
  MANDATE_NOT_REGISTERED(
      "{0} күнү Консультанттын күчүндөгү каттоосу жок",
      "на {0} у консультанта нет действующей регистрации",
      "the Consultant has no registration in force on {0}"),
  ENTRUSTED_EXCHANGE(
      "{0} маалыматтары Консультант менен компаниянын ортосунда ачык тармак аркылуу шифрленип жөнөтүлөт",
      "данные категорий {0} передаются между консультантом и компанией по открытой сети в зашифрованном виде",
      "data of {0} goes between the Consultant and the company over a public network, encrypted");

  private final String ky;
  private final String ru;
  private final String en;

  FactText(String ky, String ru, String en) {
    this.ky = ky;
    this.ru = ru;
    this.en = en;
  }

  String pattern(com.oriflame.privacy.policy.Language language) {
    return switch (language) {
      case KY -> ky;
      case RU -> ru;
      case EN -> en;
    };
  }
}
