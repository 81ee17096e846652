package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.ProcessingMode;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionTrigger;

/** The words facts are made of, in Kyrgyz, Russian and English. */
final class Words {
  private Words() {}

  static Labels of(Channel c) {
    return c.labels();
  }

  static Labels of(Actor a) {
    return switch (a) {
      case SUBJECT -> Labels.of("субъекттин өзү", "сам субъект", "the subject");
      case GUARDIAN -> Labels.of("багуучу", "опекун", "the guardian");
      case OPERATOR_AGENT -> Labels.of("оператордун кызматкери", "сотрудник оператора", "an operator agent");
    };
  }

  static Labels of(Operation o) {
    return switch (o) {
      case COLLECTION -> Labels.of("топтоо", "сбор", "collection");
      case SYSTEMATIZATION -> Labels.of("систематизациялоо", "систематизация", "systematization");
      case ACCUMULATION -> Labels.of("жыйноо", "накопление", "accumulation");
      case STORAGE -> Labels.of("сактоо", "хранение", "storage");
      case CLARIFICATION -> Labels.of("тактоо", "уточнение", "clarification");
      case USE -> Labels.of("колдонуу", "использование", "use");
      case DISSEMINATION -> Labels.of("жайылтуу", "распространение", "dissemination");
      case DEPERSONALIZATION -> Labels.of("ээсиздендирүү", "обезличивание", "depersonalization");
      case BLOCKING -> Labels.of("бөгөт коюу", "блокирование", "blocking");
      case DESTRUCTION -> Labels.of("жок кылуу", "уничтожение", "destruction");
      case CROSS_BORDER_TRANSFER -> Labels.of("чек арадан тышкары берүү", "трансграничная передача", "cross-border transfer");
    };
  }

  static Labels of(ProcessingMode m) {
    return switch (m) {
      case AUTOMATED -> Labels.of("автоматташтырылган", "автоматизированная", "automated");
      case NON_AUTOMATED -> Labels.of("автоматташтырылбаган", "неавтоматизированная", "non-automated");
    };
  }

  static Labels of(DataForm f) {
    return switch (f) {
      case IDENTIFIED -> Labels.of("инсанды аныктаган", "идентифицирующие", "identified");
      case PSEUDONYMISED -> Labels.of("псевдонимделген", "псевдонимизированные", "pseudonymised");
      case AGGREGATE_ONLY -> Labels.of("жалпыланган гана", "только агрегированные", "aggregate-only");
    };
  }

  static Labels of(HoldReason h) {
    return switch (h) {
      case LEGAL_COMPLIANCE -> Labels.of("мыйзамды сактоо", "соблюдение закона", "legal compliance");
      case FRAUD_PREVENTION -> Labels.of("алдамчылыкка каршы", "предотвращение мошенничества", "fraud prevention");
      case DEBT_COLLECTION -> Labels.of("карызды өндүрүү", "взыскание долга", "debt collection");
      case DISPUTE -> Labels.of("талаш-тартыш", "спор", "dispute");
      case ENFORCEMENT -> Labels.of("аткарууну камсыздоо", "принуждение к исполнению", "enforcement");
      case FAULT_ELIMINATION -> Labels.of("бузууларды четтетүү", "устранение неисправностей", "fault elimination");
    };
  }

  static Labels of(BlockingGround g) {
    return switch (g) {
      case INCOMPLETE -> Labels.of("толук эмес", "неполные", "incomplete");
      case OUTDATED -> Labels.of("эскирген", "устаревшие", "outdated");
      case INACCURATE -> Labels.of("так эмес", "неточные", "inaccurate");
      case UNLAWFULLY_OBTAINED -> Labels.of("мыйзамсыз алынган", "получены незаконно", "unlawfully obtained");
      case NOT_NECESSARY -> Labels.of("максат үчүн зарыл эмес", "не нужны для цели", "not necessary for the purpose");
      case RETENTION_ENDED -> Labels.of("сактоо мөөнөтү бүткөн", "срок хранения истёк", "retention ended");
      case NOT_STATED -> Labels.of("негизи жазылган эмес", "основание не записано", "ground not recorded");
    };
  }

  static Labels of(RetentionAction a) {
    return switch (a) {
      case DELETE -> Labels.of("жок кылуу", "уничтожить", "delete");
      case DEPERSONALIZE -> Labels.of("ээсиздендирүү", "обезличить", "depersonalize");
      case BLOCK -> Labels.of("бөгөт коюу", "заблокировать", "block");
    };
  }

  /** The date a trigger needs, for facts saying that it was not given. */
  static Labels dateOf(RetentionTrigger t) {
    return switch (t) {
      case COLLECTION -> Labels.of("чогултуу", "сбора", "collection");
      case END_OF_CONTRACT -> Labels.of("келишимдин аякташы", "окончания договора", "contract end");
      case LAST_ACTIVITY -> Labels.of("акыркы активдүүлүк", "последней активности", "last activity");
      case WITHDRAWAL -> Labels.of("кайтарып алуу", "отзыва", "withdrawal");
      case PURPOSE_FULFILLED -> Labels.of("максатка жетүү", "достижения цели", "purpose fulfilment");
    };
  }
}
