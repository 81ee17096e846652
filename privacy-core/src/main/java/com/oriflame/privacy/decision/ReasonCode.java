package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.Labels;

/**
 * Why a decision permits or denies, with a short message in Kyrgyz, Russian and English.
 *
 * <p>Stability: stable.
 */
public enum ReasonCode {
  // ---- denials -------------------------------------------------------------------------------
  /** No profile of the subject is known: unknown subject data gives a denial. */
  SUBJECT_UNKNOWN(false, "Субъект тууралуу маалымат жок", "Сведения о субъекте отсутствуют", "No data about the subject is known"),
  /** The subject's data was erased. */
  SUBJECT_ERASED(false, "Субъекттин маалыматтары жок кылынган", "Данные субъекта удалены", "The subject's data was erased"),
  /** Processing is blocked (R39): the data is kept, not processed. */
  SUBJECT_BLOCKED(false, "Субъекттин маалыматтарын иштетүүгө бөгөт коюлган", "Обработка данных субъекта заблокирована", "Processing of the subject's data is blocked"),
  /** The subject's data is restricted for this purpose. */
  PURPOSE_RESTRICTED(false, "Субъекттин маалыматтарын бул максатта колдонуу чектелген", "Использование данных субъекта для этой цели ограничено", "The subject's data is restricted for this purpose"),
  /** The account is closed and the purpose does not survive closure (§6.2, R29). */
  ACCOUNT_CLOSED(false, "Эсеп жабылган; мыйзамдык максаттар, алдамчылыкка каршы, карыз, талаш-тартыш, аткаруу жана бузууларды четтетүү гана калат", "Учётная запись закрыта; остаются только правовые цели, защита от мошенничества, долги, споры, принуждение к исполнению и устранение неисправностей", "The account is closed; only legal, fraud, debt, dispute, enforcement and fault purposes remain"),
  /** The retention period of the category has run out and no legal hold applies. */
  RETENTION_EXPIRED(false, "Сактоо мөөнөтү бүттү", "Срок хранения истёк", "The retention period has run out"),
  /** The category is not among the purpose's categories. */
  CATEGORY_NOT_IN_PURPOSE(false, "Бул маалымат категориясына бул максатта уруксат жок", "Эта категория данных не разрешена для данной цели", "This data category is not allowed for the purpose"),
  /** The subject did not provide the category (R4): not an error, a denial. */
  CATEGORY_NOT_PROVIDED(false, "Маалымат категориясы берилген эмес", "Категория данных не предоставлена", "Category not provided"),
  /** Online payment data is never stored (§4, R23). */
  NEVER_STORED(false, "Онлайн-төлөм маалыматтары эч качан сакталбайт", "Данные онлайн-платежей никогда не хранятся", "Online payment data is never stored"),
  /** The processing mode (automated or not) is not among the purpose's modes (R20). */
  MODE_NOT_IN_PURPOSE(false, "Бул иштетүү ыкмасы максатка кирбейт", "Этот способ обработки не входит в цель", "This processing mode is not part of the purpose"),
  /** A credential (the account password) would be disclosed (§5, R25). */
  CREDENTIAL_NOT_DISCLOSED(false, "Кирүү маалыматтары эч качан берилбейт", "Учётные данные никогда не раскрываются", "Credentials are never disclosed"),
  /** The operation is not among the purpose's operations. */
  OPERATION_NOT_IN_PURPOSE(false, "Бул иштетүү операциясы максатка кирбейт", "Эта операция обработки не входит в цель", "This processing operation is not part of the purpose"),
  /** The recipient is not among the purpose's recipients. */
  RECIPIENT_NOT_IN_PURPOSE(false, "Алуучуга бул максатта уруксат жок", "Получатель не разрешён для данной цели", "The recipient is not allowed for the purpose"),
  /** A disclosure or transfer names no recipient although the purpose discloses only to named recipients. */
  RECIPIENT_MISSING(false, "Маалымат ачып берүүдө алуучу көрсөтүлгөн эмес", "Для раскрытия данных не указан получатель", "The disclosure names no recipient"),
  /** A cross-border transfer the policy does not declare, or to a recipient not abroad (§4, R22). */
  TRANSFER_NOT_DECLARED(false, "Чек арадан тышкары мындай берүү саясатта каралган эмес", "Такая трансграничная передача политикой не предусмотрена", "The policy declares no such cross-border transfer"),
  /** A cross-border transfer names no destination country, or one the declared transfer does not list (§4, R22). */
  DESTINATION_NOT_DECLARED(false, "Баруучу өлкө жарыяланган эмес", "Страна назначения не объявлена", "The destination country is not declared"),
  /** A disclosure to authorities states no legal demand and no recorded case (§2(16), §3.3, R18). */
  NO_LEGAL_GROUND(false, "Мыйзамдуу негиз жок", "Нет законного основания", "No legal ground is given"),
  /** A disclosure to a business buyer rests on no business transfer in force (§3.1, §3.3, R17). */
  NO_BUSINESS_TRANSFER(false, "Бизнести өткөрүп берүү катталган эмес", "Передача бизнеса не зарегистрирована", "No business transfer is recorded"),
  /** The recipient may not receive the category (e.g. mass mailing providers get contact data only, R15). */
  RECIPIENT_CATEGORY_NOT_ALLOWED(false, "Алуучу бул маалымат категориясын ала албайт", "Получатель не может получать эту категорию данных", "The recipient may not receive this data category"),
  /** The recipient may not receive data in this form (advertisers get aggregates only, R13). */
  RECIPIENT_DATA_FORM(false, "Алуучу маалыматтарды мындай түрдө ала албайт", "Получатель не может получать данные в такой форме", "The recipient may not receive data in this form"),
  /** A condition of the purpose or recipient does not hold (R8, R14, R16, R18, R19, R21). */
  CONDITION_NOT_MET(false, "Саясаттын шарты аткарылган жок", "Условие политики не выполнено", "A condition of the policy is not met"),
  /** The subject never accepted the policy (R2). */
  NO_POLICY_ACCEPTANCE(false, "Субъект саясатты кабыл алган эмес", "Субъект не принял политику", "The subject has not accepted the policy"),
  /** The policy was accepted by a party who could not accept it: a minor themself (R5). */
  ACCEPTANCE_BY_WRONG_PARTY(false, "Саясатты аны кабыл алууга укугу жок адам кабыл алган", "Политику принял тот, кто не вправе её принять", "The policy was not accepted by a party entitled to accept it"),
  /** The subject is a minor and the guardian's identity was not provided (§1.1, R5). */
  GUARDIAN_NOT_IDENTIFIED(false, "Багуучунун инсандыгы белгисиз", "Личность опекуна не установлена", "The guardian has not been identified"),
  /** The subject's birth date is unknown, so it cannot be told who may consent (R5). */
  AGE_UNKNOWN(false, "Субъекттин жашы белгисиз, ошондуктан макулдукка таянууга болбойт", "Возраст субъекта неизвестен, поэтому на согласие нельзя полагаться", "The subject's age is unknown, so the consent cannot be relied on"),
  /** No consent was given. */
  NO_CONSENT(false, "Макулдук берилген эмес", "Согласие не дано", "No consent was given"),
  /** The consent came from a party who could not give it: a minor themself (R5). */
  CONSENT_BY_WRONG_PARTY(false, "Макулдукту аны берүүгө укугу жок адам берген", "Согласие дано лицом, не имеющим на это права", "The consent was not given by a party entitled to give it"),
  /** The consent was withdrawn (R7). */
  CONSENT_WITHDRAWN(false, "Макулдук кайтарылып алынган", "Согласие отозвано", "Consent was withdrawn"),
  /** The consent's validity has run out. */
  CONSENT_EXPIRED(false, "Макулдуктун мөөнөтү бүткөн", "Срок действия согласия истёк", "Consent has expired"),
  /** A later revision widened the purpose; the subject must consent again (§9, R34). */
  RECONSENT_REQUIRED(false, "Саясат бул максатты кеңейтти; жаңы макулдук керек", "Политика расширила эту цель; требуется новое согласие", "The policy widened this purpose; a new consent is needed"),
  /** The collection form did not announce the use (§6.1, R9, R11). */
  NOTICE_NOT_GIVEN(false, "Маалымат чогултууда бул колдонуу тууралуу кабарланган эмес", "При сборе данных об этом использовании не уведомляли", "The collection notice did not announce this use"),
  /** There is no contract in force. */
  NO_CONTRACT(false, "Субъект менен келишим жок", "Договор с субъектом отсутствует", "There is no contract with the subject"),
  /** The contract ended and the purpose does not survive it. */
  CONTRACT_ENDED(false, "Субъект менен келишим токтотулган", "Договор с субъектом прекращён", "The contract with the subject has ended"),
  /** The subject objected (§2, §3.3, §6.1). */
  OBJECTION_RAISED(false, "Субъект каршы болгон", "Субъект возразил", "The subject objected"),
  /** A legal hold covers the data, so it may not be destroyed or depersonalized (§6.2, R29). */
  LEGAL_HOLD(false, "Маалыматтар мыйзамдык кармоодо турат", "Данные находятся на законном удержании", "The data is under a legal hold"),
  /** No rule gave a ground to permit: the default is deny. */
  NO_GROUND_TO_PERMIT(false, "Уруксат берүүгө негиз жок", "Нет основания для разрешения", "Nothing gives a ground to permit"),
  /** The cookies were refused (§8, R33). */
  COOKIE_REFUSED(false, "Куки-файлдардан баш тартылган", "Файлы cookie отклонены", "The cookies were refused"),
  /** A store failed; the decision fails closed. */
  STORE_UNAVAILABLE(false, "Маалыматтарды окуу мүмкүн болгон жок; коопсуздук үчүн четке кагылды", "Не удалось прочитать данные; отказано в целях безопасности", "Records could not be read; denied to be safe"),

  // ---- permits -------------------------------------------------------------------------------
  /** A consent is in force. */
  CONSENT_IN_FORCE(true, "Макулдук күчүндө", "Согласие действует", "Consent is in force"),
  /** The contract is in force. */
  CONTRACT_IN_FORCE(true, "Келишим күчүндө", "Договор действует", "The contract is in force"),
  /** The contract ended but the purpose survives it (§6.2, R29). */
  SURVIVES_CLOSURE(true, "Келишим аяктагандан кийин мыйзамдык, алдамчылыкка каршы, карыз, талаш-тартыш, аткаруу же бузууларды четтетүү үчүн сакталат", "Сохраняется после договора для правовых целей, защиты от мошенничества, долгов, споров, принуждения и устранения неисправностей", "Kept after the contract for legal, fraud, debt, dispute, enforcement or fault purposes"),
  /** A legal obligation applies; no consent is needed and no objection applies (R18). */
  LEGAL_OBLIGATION(true, "Мыйзам талап кылат; макулдук керек эмес, каршылык колдонулбайт", "Требуется по закону; согласие не нужно, возражение не применяется", "Required by law; no consent needed and no objection applies"),
  /** The operator's legitimate interest (inferred), the policy accepted, no objection raised. */
  LEGITIMATE_INTEREST(true, "Оператордун мыйзамдуу кызыкчылыгы; саясат кабыл алынган, каршылык жок", "Законный интерес оператора; политика принята, возражений нет", "Legitimate interest of the operator; the policy accepted, no objection raised"),
  /** Strictly necessary to keep the site safe (§2(13), §8.1): no acceptance is needed. */
  STRICTLY_NECESSARY(true, "Сайттын коопсуздугу үчүн зарыл", "Строго необходимо для безопасности сайта", "Strictly necessary to keep the site safe"),
  /** The retention period has run out: destruction, depersonalization and blocking are due. */
  DISPOSAL_DUE(true, "Сактоо мөөнөтү бүттү; жок кылуу, ээсиздендирүү же бөгөт коюу керек", "Срок хранения истёк; требуется уничтожение, обезличивание или блокирование", "The retention period has run out; disposal is due"),
  /** Another legal basis applies (vital or public interest). */
  OTHER_BASIS(true, "Укуктук негиз колдонулат", "Правовое основание применимо", "The legal basis applies"),
  /** Essential cookies are always allowed (§8.1, R32). */
  ESSENTIAL_COOKIES(true, "Зарыл куки-файлдарга дайыма уруксат", "Необходимые файлы cookie разрешены всегда", "Essential cookies are always allowed"),
  /** The cookies are allowed. */
  COOKIES_ALLOWED(true, "Куки-файлдарга уруксат берилген", "Файлы cookie разрешены", "The cookies are allowed"),

  // ---- a Consultant's entrusted data (§7) ----------------------------------------------------
  /** A Consultant may not pass entrusted data on unless the law provides otherwise (§7, R30). */
  ONWARD_TRANSFER(false, "Консультант ишенип берилген маалыматтарды андан ары бере албайт", "Консультант не вправе передавать доверенные данные дальше", "A Consultant may not pass entrusted data on"),
  /** A Consultant processes entrusted data only with the data subject's consent (§7, R30). */
  ENTRUSTED_WITHOUT_CONSENT(false, "Консультант ишенип берилген маалыматтарды субъекттин макулдугу менен гана иштетет", "Консультант обрабатывает доверенные данные только с согласия субъекта", "A Consultant processes entrusted data only with the data subject's consent"),
  /** The Consultant's registration is not in force (cancelled or never recorded): return and destroy the data (§7, R31). */
  MANDATE_ENDED(false, "Консультанттын каттоосу күчүндө эмес; ишенип берилген маалыматтар кайтарылып, жок кылынышы керек", "Регистрация консультанта не действует; доверенные данные должны быть возвращены и уничтожены", "The Consultant's registration is not in force; entrusted data must be returned and destroyed"),
  /** Files of entrusted data go between the Consultant and the company, encrypted (§7, R24). */
  ENTRUSTED_EXCHANGE(true, "Ишенип берилген маалыматтар Консультант менен компаниянын ортосунда шифрленип жөнөтүлөт", "Доверенные данные передаются между консультантом и компанией в зашифрованном виде", "Entrusted data goes between the Consultant and the company, encrypted");

  private final boolean permits;
  private final Labels message;

  ReasonCode(boolean permits, String ky, String ru, String en) {
    this.permits = permits;
    this.message = Labels.of(ky, ru, en);
  }

  /** @return whether this reason supports a permit (else it is a denial) */
  public boolean permits() {
    return permits;
  }

  /** @return the short message in Kyrgyz, Russian and English */
  public Labels message() {
    return message;
  }
}
