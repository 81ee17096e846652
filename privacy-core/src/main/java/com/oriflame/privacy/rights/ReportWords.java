package com.oriflame.privacy.rights;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionTrigger;

/** The fixed words of the readable reports, in Kyrgyz, Russian and English. */
final class ReportWords {
  private ReportWords() {}

  static final Labels TITLE = Labels.of("Сиз тууралуу жеке маалыматтар", "Персональные данные о вас", "Personal data about you");
  static final Labels CONTROLLER = Labels.of("Маалымат ээси", "Оператор", "Controller");
  static final Labels PREPARED = Labels.of("Түзүлгөн убакыт", "Составлено", "Prepared");
  static final Labels POLICY = Labels.of("Саясаттын редакциясы", "Редакция политики", "Policy revision");
  static final Labels DATA = Labels.of("Биздин системалардагы маалыматтар", "Данные в наших системах", "Data in our systems");
  static final Labels SOURCE = Labels.of("Булак", "Источник", "Source");
  static final Labels NOTHING_HELD = Labels.of("маалымат жок", "данных нет", "no data held");
  static final Labels MISSING = Labels.of("Азыр жеткиликсиз, кийинчерээк кошумча берилет",
      "Сейчас недоступно, будет предоставлено дополнительно", "Not available now; will be sent separately");
  static final Labels CONSENTS = Labels.of("Макулдуктардын жана баш тартуулардын тарыхы", "История согласий и отказов",
      "Consent and objection history");
  static final Labels CHANNEL = Labels.of("канал", "канал", "channel");
  static final Labels BY = Labels.of("ким", "кем", "by");
  static final Labels PURPOSES = Labels.of("Маалыматтарыңыз колдонулган максаттар", "Цели, для которых используются ваши данные",
      "Purposes your data serves");
  static final Labels BASIS = Labels.of("укуктук негиз", "правовое основание", "legal basis");
  static final Labels CLAUSES = Labels.of("пункттар", "пункты", "clauses");
  static final Labels RETENTION = Labels.of("Сактоо мөөнөттөрү", "Сроки хранения", "How long we keep it");
  static final Labels PERIOD = Labels.of("мөөнөт", "срок", "period");
  static final Labels UNTIL = Labels.of("чейин", "до", "until");
  static final Labels HOLDS = Labels.of("Сактоонун активдүү негиздери", "Действующие основания для хранения", "Active reasons to keep data");
  static final Labels DISCLOSURES = Labels.of("Үчүнчү жактарга берилген маалыматтар", "Передача данных третьим лицам",
      "Disclosures to third parties");
  static final Labels NONE = Labels.of("жок", "нет", "none");
  static final Labels NOT_KNOWN = Labels.of("берүүлөр журналы азырынча жүргүзүлбөйт",
      "журнал передачи пока не ведётся", "no disclosure log is kept yet");
  static final Labels ERASURE = Labels.of("Маалыматтарды жок кылуу", "Удаление данных", "Erasure of data");
  static final Labels CLOSURE = Labels.of("Эсепти жабуу", "Закрытие учётной записи", "Account closure");
  static final Labels ERASED = Labels.of("Жок кылынды", "Удалено", "Erased");
  static final Labels DEPERSONALIZED = Labels.of("Ээсиздендирилди", "Обезличено", "Depersonalized");
  static final Labels KEPT = Labels.of("Сакталды", "Сохранено", "Kept");
  static final Labels NOT_HELD = Labels.of("эч бир системада жок", "ни в одной системе нет", "held nowhere");
  static final Labels BECAUSE = Labels.of("себеби", "основание", "because of");
  static final Labels CONTRACT_TERM = Labels.of("келишим күчүндө", "договор действует", "the contract is in force");
  static final Labels WHILE_HOLD = Labels.of("(негиз сакталса, узагыраак)", "(дольше, если основание сохраняется)",
      "(longer if the reason still applies)");
  static final Labels UNTIL_UNKNOWN = Labels.of("мөөнөтү белгисиз", "срок не определён", "end not yet known");
  static final Labels IN_PROGRESS = Labels.of("Аткарылууда: кээ бир системалар жооп берген жок", "Выполняется: часть систем не ответила",
      "In progress: some systems did not answer");
  static final Labels CLOSED_AT = Labels.of("Эсеп жабылды", "Учётная запись закрыта", "Account closed");

  static Labels of(LegalBasis b) {
    return switch (b) {
      case CONSENT -> Labels.of("макулдук", "согласие", "consent");
      case CONTRACT -> Labels.of("келишим", "договор", "contract");
      case LEGAL_OBLIGATION -> Labels.of("мыйзамдын талабы", "требование закона", "legal obligation");
      case LEGITIMATE_INTEREST -> Labels.of("мыйзамдуу кызыкчылык", "законный интерес", "legitimate interest");
      case VITAL_INTEREST -> Labels.of("турмуштук маанилүү кызыкчылыктар", "жизненно важные интересы", "vital interests");
      case PUBLIC_INTEREST -> Labels.of("коомдук кызыкчылык", "общественный интерес", "public interest");
    };
  }

  static Labels of(EventKind k) {
    return switch (k) {
      case POLICY_ACCEPTED -> Labels.of("саясат кабыл алынды", "политика принята", "policy accepted");
      case CONSENT_GRANTED -> Labels.of("макулдук берилди", "согласие дано", "consent given");
      case CONSENT_WITHDRAWN -> Labels.of("макулдук кайтарылып алынды", "согласие отозвано", "consent withdrawn");
      case OBJECTION_RAISED -> Labels.of("баш тартуу билдирилди", "заявлен отказ", "objection raised");
      case OBJECTION_LIFTED -> Labels.of("баш тартуу жокко чыгарылды", "отказ отменён", "objection lifted");
      case COOKIES_SET -> Labels.of("cookie тандоосу", "выбор cookie", "cookie choice");
      case VISITOR_LINKED -> Labels.of("браузер эсепке байланды", "браузер связан с учётной записью", "browser linked to the account");
    };
  }

  static Labels of(Channel c) {
    // the subject reads "imported" where decisions say "bulk import"
    return c == Channel.BULK_IMPORT
        ? Labels.of("мурунку системадан көчүрүлгөн", "перенесено из прежней системы", "imported from an earlier system")
        : c.labels();
  }

  static Labels of(Actor a) {
    return switch (a) {
      case SUBJECT -> Labels.of("өзүңүз", "вы сами", "you");
      case GUARDIAN -> Labels.of("багуучуңуз", "ваш опекун", "your guardian");
      case OPERATOR_AGENT -> Labels.of("биздин кызматкер сиздин тапшырмаңыз боюнча", "наш сотрудник по вашему поручению",
          "our staff on your instruction");
    };
  }

  static Labels of(HoldReason h) {
    return switch (h) {
      case LEGAL_COMPLIANCE -> Labels.of("мыйзамдын талабы (салык, эсепке алуу)", "требование закона (налоги, учёт)",
          "legal duty (tax, accounting)");
      case FRAUD_PREVENTION -> Labels.of("алдамчылыктын алдын алуу", "предотвращение мошенничества", "fraud prevention");
      case DEBT_COLLECTION -> Labels.of("карызды өндүрүү", "взыскание задолженности", "collection of amounts owed");
      case DISPUTE -> Labels.of("талаш-тартышты чечүү", "разрешение спора", "resolution of a dispute");
      case ENFORCEMENT -> Labels.of("келишимдин аткарылышын камсыздоо", "обеспечение исполнения договора", "enforcement");
      case FAULT_ELIMINATION -> Labels.of("бузууларды четтетүү", "устранение неисправностей", "elimination of faults");
    };
  }

  static Labels of(RetentionTrigger t) {
    return switch (t) {
      case COLLECTION -> Labels.of("чогултулгандан кийин", "после сбора", "after collection");
      case END_OF_CONTRACT -> Labels.of("келишим аяктагандан кийин", "после окончания договора", "after the contract ends");
      case LAST_ACTIVITY -> Labels.of("акыркы аракеттен кийин", "после последней активности", "after your last activity");
      case WITHDRAWAL -> Labels.of("макулдук кайтарылып алынгандан кийин", "после отзыва согласия", "after consent is withdrawn");
      case PURPOSE_FULFILLED -> Labels.of("максатка жеткенден кийин", "после достижения цели", "after the purpose is fulfilled");
    };
  }

  static Labels of(RetentionAction a) {
    return switch (a) {
      case DELETE -> Labels.of("жок кылынат", "удаляются", "deleted");
      case DEPERSONALIZE -> Labels.of("ээсиздендирилет", "обезличиваются", "depersonalized");
      case BLOCK -> Labels.of("бөгөттөлөт", "блокируются", "blocked");
    };
  }

  static String in(Labels labels, Language language) {
    return labels.in(language, "");
  }
}
